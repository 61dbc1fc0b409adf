// SPDX-License-Identifier: GPL-3.0-or-later
// The cheapest program to spawn: static, so exec maps no shared libraries. Measured next to pipescope-child, it
// shows the spawn machinery's own cost without the child's start-up to hide it.
int main(void)
{
    return 0;
}
