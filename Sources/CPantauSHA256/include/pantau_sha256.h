#ifndef PANTAU_SHA256_H
#define PANTAU_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// FIPS 180-4's 64 round constants (the portable rounds in SHA256.swift read them too).
const uint32_t *pantau_sha256_round_constants(void);

/// 1 when this CPU has the SHA extensions (and the SSSE3 and SSE4.1 they are used with).
int pantau_sha256_hardware_available(void);

/// Runs SHA-256's compression function over `blocks` 64-byte blocks of `data`, updating the
/// eight state words in place. Call only when pantau_sha256_hardware_available() returned 1.
void pantau_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
