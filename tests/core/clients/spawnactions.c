// SPDX-License-Identifier: GPL-3.0-or-later
// posix_spawn with file actions: echo's stdout becomes the pipe's write end through a dup2 that the C library makes
// in the new process, not the program. It prints the fds it used ("pipe 3 4") and how much it read.
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

int main(void)
{
    int p[2];
    if (pipe(p) != 0)
        return 1;
    fprintf(stderr, "pipe %d %d\n", p[0], p[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, p[1], 1);
    posix_spawn_file_actions_addclose(&actions, p[0]);
    posix_spawn_file_actions_addclose(&actions, p[1]);
    char* argv[] = { "echo", "spawned with file actions", NULL };
    pid_t child = 0;
    const int err = posix_spawnp(&child, "echo", &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0)
        return 1;
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
