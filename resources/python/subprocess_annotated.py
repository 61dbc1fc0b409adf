# SPDX-License-Identifier: GPL-3.0-or-later
#
#   PipeScope's annotated sketch of how subprocess.Popen sets up a child's standard streams.
#
#   This is NOT CPython's subprocess.py. It was written for PipeScope, to be shown when this machine has
#   no python3 to read the real file from. It keeps the names and the order of the real module
#   (_get_handles, _execute_child, _close_pipe_fds), so PipeScope highlights the same statements in it,
#   but it leaves out everything that is not about handles: error handling, environment, process groups...
#
#   Parent                   Child
#   ------                   -----
#   p2cwrite   ---stdin--->  p2cread
#   c2pread    <--stdout---  c2pwrite
#   errread    <--stderr---  errwrite


class Popen:

    def __init__(self, args, stdin=None, stdout=None, stderr=None, close_fds=True, pipesize=-1):
        self.pipesize = pipesize
        # The six handles: -1 means "nothing to do for it".
        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        self._execute_child(args, close_fds,
                            p2cread, p2cwrite,
                            c2pread, c2pwrite,
                            errread, errwrite)
        # What the parent keeps becomes proc.stdin / proc.stdout / proc.stderr; the rest stays None.
        self.stdin = open(p2cwrite, 'wb') if p2cwrite != -1 else None
        self.stdout = open(c2pread, 'rb') if c2pread != -1 else None
        self.stderr = open(errread, 'rb') if errread != -1 else None

    def _close_pipe_fds(self,
                        p2cread, p2cwrite,
                        c2pread, c2pwrite,
                        errread, errwrite):
        # The parent lets go of the child's ends once the child has its own copies.
        devnull_fd = getattr(self, '_devnull', None)
        with contextlib.ExitStack() as stack:
            if _mswindows:
                if p2cread != -1:
                    stack.callback(p2cread.Close)
                if c2pwrite != -1:
                    stack.callback(c2pwrite.Close)
                if errwrite != -1:
                    stack.callback(errwrite.Close)
            else:
                # Only ends of pipes this Popen made itself; a caller's fd or file is the caller's.
                if p2cread != -1 and p2cwrite != -1 and p2cread != devnull_fd:
                    stack.callback(os.close, p2cread)
                if c2pwrite != -1 and c2pread != -1 and c2pwrite != devnull_fd:
                    stack.callback(os.close, c2pwrite)
                if errwrite != -1 and errread != -1 and errwrite != devnull_fd:
                    stack.callback(os.close, errwrite)
            if devnull_fd is not None:
                stack.callback(os.close, devnull_fd)

    if _mswindows:
        #
        # Windows: handles, not fd numbers; the child gets them through STARTUPINFO.
        #
        def _get_handles(self, stdin, stdout, stderr):
            # All three None: no handle at all, and CreateProcess will pass none on.
            if stdin is None and stdout is None and stderr is None:
                return (-1,) * 6

            p2cread, p2cwrite = -1, -1
            c2pread, c2pwrite = -1, -1
            errread, errwrite = -1, -1

            if stdin is None:
                # Another stream is redirected, so the child gets a duplicate of the parent's own stdin handle...
                p2cread = _winapi.GetStdHandle(_winapi.STD_INPUT_HANDLE)
                if p2cread is None:
                    # ...unless this process has no such handle (pythonw, a GUI program, a service):
                    # then a pipe nobody writes to.
                    p2cread, _ = _winapi.CreatePipe(None, 0)
                    p2cread = Handle(p2cread)
                    _winapi.CloseHandle(_)
            elif stdin == PIPE:
                # An anonymous pipe: the child reads p2cread, the parent writes p2cwrite.
                p2cread, p2cwrite = _winapi.CreatePipe(None, 0)
                p2cread, p2cwrite = Handle(p2cread), Handle(p2cwrite)
            elif stdin == DEVNULL:
                p2cread = msvcrt.get_osfhandle(self._get_devnull())
            elif isinstance(stdin, int):
                p2cread = msvcrt.get_osfhandle(stdin)
            else:
                # A file object: only the handle behind its fd matters.
                p2cread = msvcrt.get_osfhandle(stdin.fileno())
            p2cread = self._make_inheritable(p2cread)

            if stdout is None:
                c2pwrite = _winapi.GetStdHandle(_winapi.STD_OUTPUT_HANDLE)
                if c2pwrite is None:
                    _, c2pwrite = _winapi.CreatePipe(None, 0)
                    c2pwrite = Handle(c2pwrite)
                    _winapi.CloseHandle(_)
            elif stdout == PIPE:
                # The child writes c2pwrite, the parent reads c2pread.
                c2pread, c2pwrite = _winapi.CreatePipe(None, 0)
                c2pread, c2pwrite = Handle(c2pread), Handle(c2pwrite)
            elif stdout == DEVNULL:
                c2pwrite = msvcrt.get_osfhandle(self._get_devnull())
            elif isinstance(stdout, int):
                c2pwrite = msvcrt.get_osfhandle(stdout)
            else:
                c2pwrite = msvcrt.get_osfhandle(stdout.fileno())
            c2pwrite = self._make_inheritable(c2pwrite)

            if stderr is None:
                errwrite = _winapi.GetStdHandle(_winapi.STD_ERROR_HANDLE)
                if errwrite is None:
                    _, errwrite = _winapi.CreatePipe(None, 0)
                    errwrite = Handle(errwrite)
                    _winapi.CloseHandle(_)
            elif stderr == PIPE:
                errread, errwrite = _winapi.CreatePipe(None, 0)
                errread, errwrite = Handle(errread), Handle(errwrite)
            elif stderr == STDOUT:
                # Errors go wherever output goes.
                errwrite = c2pwrite
            elif stderr == DEVNULL:
                errwrite = msvcrt.get_osfhandle(self._get_devnull())
            elif isinstance(stderr, int):
                errwrite = msvcrt.get_osfhandle(stderr)
            else:
                errwrite = msvcrt.get_osfhandle(stderr.fileno())
            errwrite = self._make_inheritable(errwrite)

            return (p2cread, p2cwrite,
                    c2pread, c2pwrite,
                    errread, errwrite)

        def _make_inheritable(self, handle):
            # An inheritable duplicate for the child; the handle passed in is left as it was.
            h = _winapi.DuplicateHandle(
                _winapi.GetCurrentProcess(), handle,
                _winapi.GetCurrentProcess(), 0, 1,
                _winapi.DUPLICATE_SAME_ACCESS)
            return Handle(h)

        def _execute_child(self, args, close_fds,
                           p2cread, p2cwrite,
                           c2pread, c2pwrite,
                           errread, errwrite):
            startupinfo = STARTUPINFO()
            # No fds 0, 1, 2 to dup2() onto: the child's standard handles are named here,
            # unless all three streams were None (then every handle is -1).
            has_std = p2cread != -1 and c2pwrite != -1 and errwrite != -1
            if has_std:
                startupinfo.dwFlags |= _winapi.STARTF_USESTDHANDLES
                startupinfo.hStdInput = p2cread
                startupinfo.hStdOutput = c2pwrite
                startupinfo.hStdError = errwrite
            if has_std and close_fds:
                # close_fds (the default): the child inherits these three handles and nothing else.
                # Console pseudo-handles and duplicates are left out of the list.
                only_these = self._filter_handle_list([p2cread, c2pwrite, errwrite])
                startupinfo.lpAttributeList = {"handle_list": only_these}
                close_fds = False  # bInheritHandles must be TRUE for the list to be used
            # No fork: the new program starts at once. bInheritHandles is 0 when all three were None.
            hp, ht, pid, tid = _winapi.CreateProcess(None, args,
                                                     None, None,
                                                     int(not close_fds),  # bInheritHandles
                                                     0, None, None,
                                                     startupinfo)
            self._close_pipe_fds(p2cread, p2cwrite,
                                 c2pread, c2pwrite,
                                 errread, errwrite)

    else:
        #
        # POSIX: fd numbers; the child puts them on 0, 1 and 2 between fork and exec.
        #
        def _get_handles(self, stdin, stdout, stderr):
            p2cread, p2cwrite = -1, -1
            c2pread, c2pwrite = -1, -1
            errread, errwrite = -1, -1

            if stdin is None:
                pass  # the child simply keeps the parent's fd 0
            elif stdin == PIPE:
                # Both ends are close-on-exec; the child's copy is made inheritable by dup2() later.
                p2cread, p2cwrite = os.pipe()
                if self.pipesize > 0 and hasattr(fcntl, "F_SETPIPE_SZ"):
                    fcntl.fcntl(p2cwrite, fcntl.F_SETPIPE_SZ, self.pipesize)
            elif stdin == DEVNULL:
                p2cread = self._get_devnull()
            elif isinstance(stdin, int):
                p2cread = stdin
            else:
                # A file object: its fd number is all that is needed.
                p2cread = stdin.fileno()

            if stdout is None:
                pass
            elif stdout == PIPE:
                c2pread, c2pwrite = os.pipe()
                if self.pipesize > 0 and hasattr(fcntl, "F_SETPIPE_SZ"):
                    fcntl.fcntl(c2pwrite, fcntl.F_SETPIPE_SZ, self.pipesize)
            elif stdout == DEVNULL:
                c2pwrite = self._get_devnull()
            elif isinstance(stdout, int):
                c2pwrite = stdout
            else:
                c2pwrite = stdout.fileno()

            if stderr is None:
                pass
            elif stderr == PIPE:
                errread, errwrite = os.pipe()
                if self.pipesize > 0 and hasattr(fcntl, "F_SETPIPE_SZ"):
                    fcntl.fcntl(errwrite, fcntl.F_SETPIPE_SZ, self.pipesize)
            elif stderr == STDOUT:
                if c2pwrite != -1:
                    errwrite = c2pwrite
                else:
                    # stdout is not redirected: the parent's own standard output.
                    errwrite = sys.__stdout__.fileno()
            elif stderr == DEVNULL:
                errwrite = self._get_devnull()
            elif isinstance(stderr, int):
                errwrite = stderr
            else:
                errwrite = stderr.fileno()

            return (p2cread, p2cwrite,
                    c2pread, c2pwrite,
                    errread, errwrite)

        def _execute_child(self, args, close_fds,
                           p2cread, p2cwrite,
                           c2pread, c2pwrite,
                           errread, errwrite):
            executable_list = [os.fsencode(args[0])]
            # A private pipe through which the child reports a failed exec; success closes it (close-on-exec).
            errpipe_read, errpipe_write = os.pipe()
            try:
                # The child's side is C code: close the parent's ends, dup2() onto 0/1/2, close_fds, execve.
                # (With close_fds=False, or in 3.13+ with POSIX_SPAWN_CLOSEFROM, and an executable path with a
                # directory, CPython uses os.posix_spawn() instead: no errpipe, glibc does the dup2s and closes.)
                self.pid = _fork_exec(
                        args, executable_list,
                        close_fds, (errpipe_write,),
                        p2cread, p2cwrite, c2pread, c2pwrite,
                        errread, errwrite,
                        errpipe_read, errpipe_write)
            finally:
                os.close(errpipe_write)

            self._close_pipe_fds(p2cread, p2cwrite,
                                 c2pread, c2pwrite,
                                 errread, errwrite)

            # End-of-file: exec worked. Data: the child's errno, raised here as an OSError.
            data = os.read(errpipe_read, 50000)
            os.close(errpipe_read)
            if data:
                raise child_exception_from(data)
