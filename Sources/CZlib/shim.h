#ifndef PANTAU_CZLIB_SHIM_H
#define PANTAU_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro that Swift cannot call; this wraps it. windowBits 15 + 32 reads
   both gzip and zlib headers. */
static inline int pantau_inflate_init(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
