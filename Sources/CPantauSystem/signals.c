#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "pantau_system.h"

/* A signal handler may only do async-signal-safe work: this one writes the signal's number to
   a pipe, and a thread in Swift reads it and cleans up (removing a staging folder takes
   FileManager, locks and allocation, none of which a handler may touch). */
static int signal_pipe = -1;

static void forward_signal(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    if (signal_pipe >= 0) { (void)!write(signal_pipe, &byte, 1); }
    errno = saved;
}

int pantau_forward_signal(int signo, int descriptor) {
    signal_pipe = descriptor;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = forward_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(signo, &action, NULL);
}
