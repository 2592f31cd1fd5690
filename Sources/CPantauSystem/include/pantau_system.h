#ifndef PANTAU_SYSTEM_H
#define PANTAU_SYSTEM_H

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, else -1 with errno set (ENOSYS or EINVAL where unsupported).
int pantau_exchange_paths(const char *from, const char *to);

/// Starts writing a range of a file to disk without waiting for it (Linux sync_file_range
/// with SYNC_FILE_RANGE_WRITE). Returns 0, or -1 with errno set; callers may ignore a failure.
int pantau_start_writeback(int descriptor, long long offset, long long length);

/// From now on, SIGNO writes its number (one byte) to DESCRIPTOR instead of ending the process,
/// so that a thread can clean up before exiting. Returns 0, or -1 with errno set.
int pantau_forward_signal(int signo, int descriptor);

#endif
