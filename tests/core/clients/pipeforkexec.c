// SPDX-License-Identifier: GPL-3.0-or-later
// The C homework every pipes course has: the parent reads what `echo` writes into a pipe. It prints the fds it
// used ("pipe 3 4") so that a recording can be checked against what the program itself saw.
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    int p[2];
    if (pipe(p) != 0)
        return 1;
    fprintf(stderr, "pipe %d %d\n", p[0], p[1]);
    const pid_t child = fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execlp("echo", "echo", "hello from the child", (char*)NULL);
        _exit(127);
    }
    close(p[1]);
    char buffer[256];
    ssize_t total = 0;
    ssize_t n;
    while ((n = read(p[0], buffer, sizeof buffer)) > 0)
        total += n;
    close(p[0]);
    int status = 0;
    waitpid(child, &status, 0);
    fprintf(stderr, "read %zd bytes\n", total);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
