#ifndef PANTAU_SYSTEM_H
#define PANTAU_SYSTEM_H

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, else -1 with errno set (ENOSYS or EINVAL where unsupported).
int pantau_exchange_paths(const char *from, const char *to);

#endif
