<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Describe</name>
    <message>
        <location filename="../app/gui/describe.cpp" line="64"/>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="67"/>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="70"/>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="73"/>
        <source>Not an executable format</source>
        <translation>Not an executable format</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="76"/>
        <source>A component of the path is not a directory</source>
        <translation>A component of the path is not a directory</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="79"/>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="82"/>
        <source>Too many levels of symbolic links</source>
        <translation>Too many levels of symbolic links</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="85"/>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="88"/>
        <source>The file is busy (being written)</source>
        <translation>The file is busy (being written)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="91"/>
        <source>Argument list too long</source>
        <translation>Argument list too long</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="94"/>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="97"/>
        <source>Too many open files in this process</source>
        <translation>Too many open files in this process</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="100"/>
        <source>Too many open files in the system</source>
        <translation>Too many open files in the system</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="103"/>
        <source>Bad file descriptor (the fd is not open)</source>
        <translation>Bad file descriptor (the fd is not open)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="106"/>
        <source>Broken pipe (no process reads the other end)</source>
        <translation>Broken pipe (no process reads the other end)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="109"/>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="112"/>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="115"/>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="118"/>
        <source>Resource temporarily unavailable</source>
        <translation>Resource temporarily unavailable</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="125"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="143"/>
        <source>No value given for %1.</source>
        <translation>No value given for %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="145"/>
        <source>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</source>
        <translation>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="148"/>
        <source>%1: &apos;fd:&apos; needs a number, for example fd:3.</source>
        <translation>%1: &apos;fd:&apos; needs a number, for example fd:3.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="150"/>
        <source>%1: &apos;%2&apos; is not an fd number.</source>
        <translation>%1: &apos;%2&apos; is not an fd number.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="152"/>
        <source>%1: an fd number cannot be negative (&apos;%2&apos;).</source>
        <translation>%1: an fd number cannot be negative (&apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="154"/>
        <source>%1: &apos;file:&apos; needs a path.</source>
        <translation>%1: &apos;file:&apos; needs a path.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="156"/>
        <source>%1: STDOUT can only be given for stderr.</source>
        <translation>%1: STDOUT can only be given for stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="158"/>
        <source>Nothing to run: choose a pipescope-child mode or enter a program.</source>
        <translation>Nothing to run: choose a pipescope-child mode or enter a program.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="160"/>
        <source>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</source>
        <translation>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="163"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="164"/>
        <source>%1 failed for &apos;%2&apos;: %3</source>
        <translation>%1 failed for &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="165"/>
        <source>Cannot set up %1: %2</source>
        <translation>Cannot set up %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="169"/>
        <source>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</source>
        <translation>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="171"/>
        <source>The child failed before running &apos;%1&apos;: %2 failed: %3</source>
        <translation>The child failed before running &apos;%1&apos;: %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="173"/>
        <source>Cannot run &apos;%1&apos;: %2</source>
        <translation>Cannot run &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="175"/>
        <source>Every step has been done already: there is no next step.</source>
        <translation>Every step has been done already: there is no next step.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="177"/>
        <source>The child did not reach its next step in time.</source>
        <translation>The child did not reach its next step in time.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="178"/>
        <source>The child running &apos;%1&apos; did not reach its next step in time.</source>
        <translation>The child running &apos;%1&apos; did not reach its next step in time.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="180"/>
        <source>Cannot read %1: the content is malformed.</source>
        <translation>Cannot read %1: the content is malformed.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="182"/>
        <source>Unknown error</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="189"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="191"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="193"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="308"/>
        <source>The parent has no console, so GetStdHandle() returned None. _get_handles creates a pipe only to give the child a valid %1 handle (%2); the other end is closed in the next step.</source>
        <translation>The parent has no console, so GetStdHandle() returned None. _get_handles creates a pipe only to give the child a valid %1 handle (%2); the other end is closed in the next step.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="313"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</source>
        <translation>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="316"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</source>
        <translation>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="321"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="325"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</source>
        <translation>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="330"/>
        <source>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</source>
        <translation>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="335"/>
        <source>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</source>
        <translation>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="339"/>
        <source>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</source>
        <translation>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="344"/>
        <source>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="347"/>
        <source>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="351"/>
        <source>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</source>
        <translation>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="357"/>
        <source>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</source>
        <translation>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="360"/>
        <source>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</source>
        <translation>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="363"/>
        <source>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</source>
        <translation>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="367"/>
        <source>fork() creates the child (CPython uses vfork() when it can). The child starts with a copy of the parent&apos;s whole fd table, both ends of every pipe included.</source>
        <translation>fork() creates the child (CPython uses vfork() when it can). The child starts with a copy of the parent&apos;s whole fd table, both ends of every pipe included.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="371"/>
        <source>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</source>
        <translation>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="373"/>
        <source>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. A pipe only reports end-of-file when every copy of its write end is closed, so the child must not keep the parent&apos;s ends.</source>
        <translation>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. A pipe only reports end-of-file when every copy of its write end is closed, so the child must not keep the parent&apos;s ends.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="377"/>
        <source>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</source>
        <translation>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="381"/>
        <source>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</source>
        <translation>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="387"/>
        <source>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</source>
        <translation>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="392"/>
        <source>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</source>
        <translation>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="395"/>
        <source>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</source>
        <translation>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="398"/>
        <source>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</source>
        <translation>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="402"/>
        <source>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. The parent only writes to this pipe, through p2cwrite.</source>
        <translation>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. The parent only writes to this pipe, through p2cwrite.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="404"/>
        <source>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</source>
        <translation>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="408"/>
        <source>In the parent: close the DEVNULL fd; the child has its own copy.</source>
        <translation>In the parent: close the DEVNULL fd; the child has its own copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="410"/>
        <source>In the parent: close the file opened for %1; the child has its own copy.</source>
        <translation>In the parent: close the file opened for %1; the child has its own copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="412"/>
        <source>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</source>
        <translation>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="415"/>
        <source>%1 is None: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, so that the child shares it.</source>
        <translation>%1 is None: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, so that the child shares it.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="420"/>
        <source>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</source>
        <translation>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="423"/>
        <source>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</source>
        <translation>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="428"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="430"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="434"/>
        <source>_make_inheritable() duplicates %1 with DuplicateHandle(..., bInheritHandle=TRUE): only inheritable handles reach the child, and CreatePipe made none.</source>
        <translation>_make_inheritable() duplicates %1 with DuplicateHandle(..., bInheritHandle=TRUE): only inheritable handles reach the child, and CreatePipe made none.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="438"/>
        <source>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead.</source>
        <translation>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="442"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child, and the kernel copies every inheritable handle into it. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation>CreateProcess(..., bInheritHandles=TRUE) starts the child, and the kernel copies every inheritable handle into it. There is no fork: the child runs the new program at once and gets nothing else from the parent.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="446"/>
        <source>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</source>
        <translation>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="459"/>
        <source>pipe for %1 created: read end fd %2, write end fd %3</source>
        <translation>pipe for %1 created: read end fd %2, write end fd %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="461"/>
        <source>%1 pipe resized: it now holds %2 bytes</source>
        <translation>%1 pipe resized: it now holds %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="463"/>
        <source>/dev/null fd %1 reused for %2</source>
        <translation>/dev/null fd %1 reused for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="464"/>
        <source>/dev/null opened as fd %1 for %2</source>
        <translation>/dev/null opened as fd %1 for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="466"/>
        <source>&apos;%1&apos; opened as fd %2 for %3</source>
        <translation>&apos;%1&apos; opened as fd %2 for %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="468"/>
        <source>fd %1 used as it is for %2</source>
        <translation>fd %1 used as it is for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="470"/>
        <source>stderr=STDOUT: errwrite is fd %1</source>
        <translation>stderr=STDOUT: errwrite is fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="472"/>
        <source>errpipe created: read end fd %1, write end fd %2</source>
        <translation>errpipe created: read end fd %1, write end fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="474"/>
        <source>fork: the child is pid %1</source>
        <translation>fork: the child is pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="476"/>
        <source>the child closed fds %1</source>
        <translation>the child closed fds %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="478"/>
        <source>the child moved fd %1 to fd %2</source>
        <translation>the child moved fd %1 to fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="480"/>
        <source>the child called dup2(%1, %2): its %3 is now the fd the parent made</source>
        <translation>the child called dup2(%1, %2): its %3 is now the fd the parent made</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="485"/>
        <source>the child cleared close-on-exec on fd %1</source>
        <translation>the child cleared close-on-exec on fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="487"/>
        <source>the child closed every fd above 2 except fd %1 (close_fds)</source>
        <translation>the child closed every fd above 2 except fd %1 (close_fds)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="489"/>
        <source>the child ran execve(&apos;%1&apos;)</source>
        <translation>the child ran execve(&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="491"/>
        <source>execve(&apos;%1&apos;) failed in the child: %2</source>
        <translation>execve(&apos;%1&apos;) failed in the child: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="493"/>
        <source>%1 failed in the child before exec: %2</source>
        <translation>%1 failed in the child before exec: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="495"/>
        <source>the parent closed fd %1</source>
        <translation>the parent closed fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="496"/>
        <source>the parent closed fd %1 (%2)</source>
        <translation>the parent closed fd %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="498"/>
        <source>errpipe reached end-of-file: exec succeeded</source>
        <translation>errpipe reached end-of-file: exec succeeded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="500"/>
        <source>the parent wrote %n byte(s) to stdin</source>
        <translation>
            <numerusform>the parent wrote %n byte to stdin</numerusform>
            <numerusform>the parent wrote %n bytes to stdin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="502"/>
        <source>the parent closed stdin: the child will read end-of-file</source>
        <translation>the parent closed stdin: the child will read end-of-file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="504"/>
        <source>broken pipe (EPIPE): the child no longer reads stdin</source>
        <translation>broken pipe (EPIPE): the child no longer reads stdin</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="506"/>
        <source>the parent read %n byte(s) from %1</source>
        <translation>
            <numerusform>the parent read %n byte from %1</numerusform>
            <numerusform>the parent read %n bytes from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="508"/>
        <source>%1 reached end-of-file: every write end is closed</source>
        <translation>%1 reached end-of-file: every write end is closed</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="510"/>
        <source>the child exited with status %1</source>
        <translation>the child exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="512"/>
        <source>the child was killed by signal %1 (%2)</source>
        <translation>the child was killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="514"/>
        <source>the parent gave up waiting after %1 ms</source>
        <translation>the parent gave up waiting after %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="516"/>
        <source>the parent sent %1 to the child</source>
        <translation>the parent sent %1 to the child</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="526"/>
        <source>read end %1, write end %2</source>
        <translation>read end %1, write end %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="528"/>
        <source>fd %1: %2 bytes</source>
        <translation>fd %1: %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="534"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="536"/>
        <source>child pid %1</source>
        <translation>child pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="544"/>
        <source>kept fd %1</source>
        <translation>kept fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="554"/>
        <source>read(%1): end-of-file</source>
        <translation>read(%1): end-of-file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="564"/>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="568"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="570"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="572"/>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="574"/>
        <source>anonymous inode</source>
        <translation>anonymous inode</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="576"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="585"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="587"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="589"/>
        <source>read/write</source>
        <translation>read/write</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="597"/>
        <source>timed out: the child was killed and reaped</source>
        <translation>timed out: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="599"/>
        <source>stopped: the child was killed and reaped</source>
        <translation>stopped: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="601"/>
        <source>killed by signal %1 (%2)</source>
        <translation>killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="602"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
</context>
<context>
    <name>FdTableModel</name>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="51"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="51"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="58"/>
        <source>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</source>
        <translation>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="90"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="92"/>
        <source>Refers to</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="94"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="96"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="98"/>
        <source>Close-on-exec</source>
        <translation>Close-on-exec</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="57"/>
        <source>Nothing read yet: press Run.</source>
        <translation>Nothing read yet: press Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="59"/>
        <source>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="64"/>
        <source>%1=DEVNULL: whatever the child writes is thrown away.</source>
        <translation>%1=DEVNULL: whatever the child writes is thrown away.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="66"/>
        <source>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</source>
        <translation>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="68"/>
        <source>%1 goes to the file &apos;%2&apos;.</source>
        <translation>%1 goes to the file &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</source>
        <translation>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>Popen&apos;s handle setup, one call per row, in the order it runs.</source>
        <translation>Popen&apos;s handle setup, one call per row, in the order it runs.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="174"/>
        <source>The selected step: what the call does and why Popen makes it.</source>
        <translation>The selected step: what the call does and why Popen makes it.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="198"/>
        <source>The child&apos;s real fd table, read from /proc right after it started.</source>
        <translation>The child&apos;s real fd table, read from /proc right after it started.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="230"/>
        <source>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="233"/>
        <source>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>What the parent read from the child&apos;s pipes, and how the child ended.</source>
        <translation>What the parent read from the child&apos;s pipes, and how the child ended.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="253"/>
        <source>Everything the last run did, in order, with the real fd numbers and pids.</source>
        <translation>Everything the last run did, in order, with the real fd numbers and pids.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>Trace log</source>
        <translation>Trace log</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="261"/>
        <source>Every event of the last run, in order.</source>
        <translation>Every event of the last run, in order.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="314"/>
        <source>Plan: Popen&apos;s handle setup on Windows (a model, not run here)</source>
        <translation>Plan: Popen&apos;s handle setup on Windows (a model, not run here)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315"/>
        <source>Plan: Popen&apos;s handle setup on POSIX (what runs here)</source>
        <translation>Plan: Popen&apos;s handle setup on POSIX (what runs here)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>%n step(s) in the Windows model. Nothing Windows-specific runs here: Run executes the POSIX plan on this machine.</source>
        <translation>
            <numerusform>%n step in the Windows model. Nothing Windows-specific runs here: Run executes the POSIX plan on this machine.</numerusform>
            <numerusform>%n steps in the Windows model. Nothing Windows-specific runs here: Run executes the POSIX plan on this machine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="321"/>
        <source>%n step(s) planned. Press Run to spawn the child for real.</source>
        <translation>
            <numerusform>%n step planned. Press Run to spawn the child for real.</numerusform>
            <numerusform>%n steps planned. Press Run to spawn the child for real.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="331"/>
        <source>Running %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <location filename="../app/gui/mainwindow.cpp" line="373"/>
        <source>stdout (read from c2pread)</source>
        <translation>stdout (read from c2pread)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="341"/>
        <location filename="../app/gui/mainwindow.cpp" line="374"/>
        <source>stderr (read from errread)</source>
        <translation>stderr (read from errread)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="342"/>
        <source>Exit status: not run yet</source>
        <translation>Exit status: not run yet</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Child&apos;s fd table after spawn</source>
        <translation>Child&apos;s fd table after spawn</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="344"/>
        <source>Run the child to read its real fd table from /proc/PID/fd.</source>
        <translation>Run the child to read its real fd table from /proc/PID/fd.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="356"/>
        <source>Child&apos;s fd table after spawn (pid %1)</source>
        <translation>Child&apos;s fd table after spawn (pid %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="359"/>
        <source>Read from /proc/%1/fd after exec, before the parent wrote any input. Bold rows are what the program sees as stdin, stdout and stderr; equal pipe inodes are ends of the same pipe.</source>
        <translation>Read from /proc/%1/fd after exec, before the parent wrote any input. Bold rows are what the program sees as stdin, stdout and stderr; equal pipe inodes are ends of the same pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364"/>
        <source>The child&apos;s fd table could not be read: it had already exited. Try a child that waits, such as echo with stdin=PIPE.</source>
        <translation>The child&apos;s fd table could not be read: it had already exited. Try a child that waits, such as echo with stdin=PIPE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="368"/>
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n byte</numerusform>
            <numerusform>%1: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>(only the first %n byte(s) shown)</source>
        <translation>
            <numerusform>(only the first %n byte shown)</numerusform>
            <numerusform>(only the first %n bytes shown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="377"/>
        <source>Exit status: %1</source>
        <translation>Exit status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="379"/>
        <source>Child pid %1: %2.</source>
        <translation>Child pid %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="382"/>
        <source>It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).</source>
        <translation>It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="392"/>
        <source>Exit status: the child never ran the program</source>
        <translation>Exit status: the child never ran the program</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="400"/>
        <source>Select a step to read what it does and why.</source>
        <translation>Select a step to read what it does and why.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="412"/>
        <source>In the last run: %1</source>
        <translation>In the last run: %1</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="103"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="105"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="107"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="109"/>
        <source>What it does and why</source>
        <translation>What it does and why</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="111"/>
        <source>Real fds (last run)</source>
        <translation>Real fds (last run)</translation>
    </message>
</context>
<context>
    <name>StreamEditor</name>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="30"/>
        <source>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</source>
        <translation>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="37"/>
        <source>None: the child inherits the parent&apos;s own %1; no new handle is made.</source>
        <translation>None: the child inherits the parent&apos;s own %1; no new handle is made.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="39"/>
        <source>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</source>
        <translation>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="41"/>
        <source>DEVNULL: /dev/null, which reads as empty and discards writes.</source>
        <translation>DEVNULL: /dev/null, which reads as empty and discards writes.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="42"/>
        <source>An fd number the parent already has open, passed on as it is.</source>
        <translation>An fd number the parent already has open, passed on as it is.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="43"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="44"/>
        <source>A file the child reads as its stdin.</source>
        <translation>A file the child reads as its stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="45"/>
        <source>A file the child&apos;s output goes to.</source>
        <translation>A file the child&apos;s output goes to.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="47"/>
        <source>STDOUT: stderr goes wherever stdout goes.</source>
        <translation>STDOUT: stderr goes wherever stdout goes.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="53"/>
        <source>The fd number to pass as %1. It must be open in PipeScope when you run.</source>
        <translation>The fd number to pass as %1. It must be open in PipeScope when you run.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="54"/>
        <source>fd number:</source>
        <translation>fd number:</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="59"/>
        <source>path of the file</source>
        <translation>path of the file</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="60"/>
        <source>The file the child reads as stdin.</source>
        <translation>The file the child reads as stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="61"/>
        <source>The file the child&apos;s %1 is written to.</source>
        <translation>The file the child&apos;s %1 is written to.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="65"/>
        <source>Choose the file for %1</source>
        <translation>Choose the file for %1</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="67"/>
        <source>append</source>
        <translation>append</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="69"/>
        <source>Open the file with O_APPEND instead of truncating it.</source>
        <translation>Open the file with O_APPEND instead of truncating it.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="156"/>
        <source>File for %1</source>
        <translation>File for %1</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="37"/>
        <source>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</source>
        <translation>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="41"/>
        <source>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</source>
        <translation>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="43"/>
        <source>Prints its own open fds as one line of JSON.</source>
        <translation>Prints its own open fds as one line of JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="44"/>
        <source>Writes a line to stderr and &quot;ok&quot; to stdout.</source>
        <translation>Writes a line to stderr and &quot;ok&quot; to stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="45"/>
        <source>Sleeps SECONDS, then exits with status 0.</source>
        <translation>Sleeps SECONDS, then exits with status 0.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="46"/>
        <source>Exits at once with status N.</source>
        <translation>Exits at once with status N.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="47"/>
        <source>Copies stdin to stdout byte for byte.</source>
        <translation>Copies stdin to stdout byte for byte.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="48"/>
        <source>Closes its stdout at once, then sleeps SECONDS.</source>
        <translation>Closes its stdout at once, then sleeps SECONDS.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="50"/>
        <source>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</source>
        <translation>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="77"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="79"/>
        <source>Spawn the child for real with this plan, send it the input and collect its output.</source>
        <translation>Spawn the child for real with this plan, send it the input and collect its output.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="81"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="83"/>
        <source>Kill the running child. It is reaped, never left behind as a zombie.</source>
        <translation>Kill the running child. It is reaped, never left behind as a zombie.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="103"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="104"/>
        <source>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</source>
        <translation>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="124"/>
        <source>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</source>
        <translation>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="141"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="147"/>
        <source>The child to run: a mode of the demo child pipescope-child, or any other program.</source>
        <translation>The child to run: a mode of the demo child pipescope-child, or any other program.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="152"/>
        <source>Other program</source>
        <translation>Other program</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="153"/>
        <source>Any program with its arguments, typed below.</source>
        <translation>Any program with its arguments, typed below.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="154"/>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="158"/>
        <source>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</source>
        <translation>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="159"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="163"/>
        <source>e.g. python3 child.py</source>
        <translation>e.g. python3 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="164"/>
        <source>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</source>
        <translation>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="167"/>
        <source>&amp;Other program:</source>
        <translation>&amp;Other program:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="190"/>
        <source>Input written to stdin</source>
        <translation>Input written to stdin</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="194"/>
        <source>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</source>
        <translation>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="201"/>
        <source>Send line ends as \r\n, like parent.py</source>
        <translation>Send line ends as \r\n, like parent.py</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="203"/>
        <source>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</source>
        <translation>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="211"/>
        <source>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="221"/>
        <source>Lens</source>
        <translation>Lens</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="223"/>
        <source>POSIX (runs here)</source>
        <translation>POSIX (runs here)</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="225"/>
        <source>The plan in POSIX terms: exactly what PipeScope executes on this machine.</source>
        <translation>The plan in POSIX terms: exactly what PipeScope executes on this machine.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="226"/>
        <source>Windows (a model)</source>
        <translation>Windows (a model)</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="228"/>
        <source>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess. It is a model: nothing Windows-specific runs here.</source>
        <translation>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess. It is a model: nothing Windows-specific runs here.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="302"/>
        <source>Nothing to run yet.</source>
        <translation>Nothing to run yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="302"/>
        <source>Runs: %1</source>
        <translation>Runs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="303"/>
        <source>The argv the child is started with.</source>
        <translation>The argv the child is started with.</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="43"/>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="76"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="78"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="80"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="82"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
</TS>
