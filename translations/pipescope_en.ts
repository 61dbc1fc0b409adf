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
        <source>fork() creates the child (CPython uses vfork() when it can). It comes after the pipes on purpose: the child starts with a copy of the parent&apos;s whole fd table, so it inherits every end made above, both ends of every pipe included, and the next steps sort out which ones it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="372"/>
        <source>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</source>
        <translation>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="374"/>
        <source>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. A pipe only reports end-of-file when every copy of its write end is closed, so the child must not keep the parent&apos;s ends.</source>
        <translation>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. A pipe only reports end-of-file when every copy of its write end is closed, so the child must not keep the parent&apos;s ends.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="378"/>
        <source>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</source>
        <translation>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="382"/>
        <source>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</source>
        <translation>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="388"/>
        <source>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</source>
        <translation>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="393"/>
        <source>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</source>
        <translation>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="396"/>
        <source>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</source>
        <translation>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="399"/>
        <source>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</source>
        <translation>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="403"/>
        <source>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. The parent only writes to this pipe, through p2cwrite.</source>
        <translation>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. The parent only writes to this pipe, through p2cwrite.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="405"/>
        <source>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</source>
        <translation>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="409"/>
        <source>In the parent: close the DEVNULL fd; the child has its own copy.</source>
        <translation>In the parent: close the DEVNULL fd; the child has its own copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="411"/>
        <source>In the parent: close the file opened for %1; the child has its own copy.</source>
        <translation>In the parent: close the file opened for %1; the child has its own copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="413"/>
        <source>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</source>
        <translation>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="416"/>
        <source>%1 is None: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, so that the child shares it.</source>
        <translation>%1 is None: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, so that the child shares it.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="421"/>
        <source>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</source>
        <translation>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="424"/>
        <source>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</source>
        <translation>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="429"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="431"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="435"/>
        <source>_make_inheritable() duplicates %1 with DuplicateHandle(..., bInheritHandle=TRUE): only inheritable handles reach the child, and CreatePipe made none.</source>
        <translation>_make_inheritable() duplicates %1 with DuplicateHandle(..., bInheritHandle=TRUE): only inheritable handles reach the child, and CreatePipe made none.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="439"/>
        <source>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead.</source>
        <translation>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="443"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child, and the kernel copies every inheritable handle into it. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation>CreateProcess(..., bInheritHandles=TRUE) starts the child, and the kernel copies every inheritable handle into it. There is no fork: the child runs the new program at once and gets nothing else from the parent.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="447"/>
        <source>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</source>
        <translation>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="460"/>
        <source>pipe for %1 created: read end fd %2, write end fd %3</source>
        <translation>pipe for %1 created: read end fd %2, write end fd %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="462"/>
        <source>%1 pipe resized: it now holds %2 bytes</source>
        <translation>%1 pipe resized: it now holds %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="464"/>
        <source>/dev/null fd %1 reused for %2</source>
        <translation>/dev/null fd %1 reused for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="465"/>
        <source>/dev/null opened as fd %1 for %2</source>
        <translation>/dev/null opened as fd %1 for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="467"/>
        <source>&apos;%1&apos; opened as fd %2 for %3</source>
        <translation>&apos;%1&apos; opened as fd %2 for %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="469"/>
        <source>fd %1 used as it is for %2</source>
        <translation>fd %1 used as it is for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="471"/>
        <source>stderr=STDOUT: errwrite is fd %1</source>
        <translation>stderr=STDOUT: errwrite is fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="473"/>
        <source>errpipe created: read end fd %1, write end fd %2</source>
        <translation>errpipe created: read end fd %1, write end fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="475"/>
        <source>fork: the child is pid %1</source>
        <translation>fork: the child is pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="477"/>
        <source>the child closed fds %1</source>
        <translation>the child closed fds %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="479"/>
        <source>the child moved fd %1 to fd %2</source>
        <translation>the child moved fd %1 to fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="481"/>
        <source>the child called dup2(%1, %2): its %3 is now the fd the parent made</source>
        <translation>the child called dup2(%1, %2): its %3 is now the fd the parent made</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="486"/>
        <source>the child cleared close-on-exec on fd %1</source>
        <translation>the child cleared close-on-exec on fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="488"/>
        <source>the child closed every fd above 2 except fd %1 (close_fds)</source>
        <translation>the child closed every fd above 2 except fd %1 (close_fds)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="490"/>
        <source>the child ran execve(&apos;%1&apos;)</source>
        <translation>the child ran execve(&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="492"/>
        <source>execve(&apos;%1&apos;) failed in the child: %2</source>
        <translation>execve(&apos;%1&apos;) failed in the child: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="494"/>
        <source>%1 failed in the child before exec: %2</source>
        <translation>%1 failed in the child before exec: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="496"/>
        <source>the parent closed fd %1</source>
        <translation>the parent closed fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="497"/>
        <source>the parent closed fd %1 (%2)</source>
        <translation>the parent closed fd %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="499"/>
        <source>errpipe reached end-of-file: exec succeeded</source>
        <translation>errpipe reached end-of-file: exec succeeded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="501"/>
        <source>the parent wrote %n byte(s) to stdin</source>
        <translation>
            <numerusform>the parent wrote %n byte to stdin</numerusform>
            <numerusform>the parent wrote %n bytes to stdin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="503"/>
        <source>the parent closed stdin: the child will read end-of-file</source>
        <translation>the parent closed stdin: the child will read end-of-file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="505"/>
        <source>broken pipe (EPIPE): the child no longer reads stdin</source>
        <translation>broken pipe (EPIPE): the child no longer reads stdin</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="507"/>
        <source>the parent read %n byte(s) from %1</source>
        <translation>
            <numerusform>the parent read %n byte from %1</numerusform>
            <numerusform>the parent read %n bytes from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="509"/>
        <source>%1 reached end-of-file: every write end is closed</source>
        <translation>%1 reached end-of-file: every write end is closed</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="511"/>
        <source>the child exited with status %1</source>
        <translation>the child exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="513"/>
        <source>the child was killed by signal %1 (%2)</source>
        <translation>the child was killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="515"/>
        <source>the parent gave up waiting after %1 ms</source>
        <translation>the parent gave up waiting after %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="517"/>
        <source>the parent sent %1 to the child</source>
        <translation>the parent sent %1 to the child</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="527"/>
        <source>read end %1, write end %2</source>
        <translation>read end %1, write end %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="529"/>
        <source>fd %1: %2 bytes</source>
        <translation>fd %1: %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="535"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="537"/>
        <source>child pid %1</source>
        <translation>child pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="545"/>
        <source>kept fd %1</source>
        <translation>kept fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="555"/>
        <source>read(%1): end-of-file</source>
        <translation>read(%1): end-of-file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="565"/>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="569"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="571"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="573"/>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="575"/>
        <source>anonymous inode</source>
        <translation>anonymous inode</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="577"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="586"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="588"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="590"/>
        <source>read/write</source>
        <translation>read/write</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="598"/>
        <source>timed out: the child was killed and reaped</source>
        <translation>timed out: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="600"/>
        <source>stopped: the child was killed and reaped</source>
        <translation>stopped: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="602"/>
        <source>killed by signal %1 (%2)</source>
        <translation>killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="603"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
</context>
<context>
    <name>DiagramItem</name>
    <message>
        <location filename="../app/gui/diagramitem.cpp" line="229"/>
        <source>write end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramitem.cpp" line="231"/>
        <source>read end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="231"/>
        <source>Before Popen(): only the parent exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="234"/>
        <source>Step %1 of %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="300"/>
        <source>pipe to the outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="302"/>
        <source>%1 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="308"/>
        <source>terminal</source>
        <translation type="unfinished">terminal</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="315"/>
        <source>reads: EOF · writes: discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="343"/>
        <source>Parent</source>
        <translation type="unfinished">Parent</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="343"/>
        <source>Child</source>
        <translation type="unfinished">Child</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="345"/>
        <location filename="../app/gui/diagramlayout.cpp" line="347"/>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="347"/>
        <source>pid %1 · gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagramlayout.cpp" line="349"/>
        <source>+ %n more fd(s), PipeScope&apos;s own</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="367"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="500"/>
        <source>Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.</source>
        <translation type="unfinished"></translation>
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
        <source>Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="60"/>
        <source>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</source>
        <translation>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="92"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="94"/>
        <source>Refers to</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="96"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="98"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="100"/>
        <source>cloexec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="101"/>
        <source>Nothing read yet: press Run.</source>
        <translation>Nothing read yet: press Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="103"/>
        <source>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108"/>
        <source>%1=DEVNULL: whatever the child writes is thrown away.</source>
        <translation>%1=DEVNULL: whatever the child writes is thrown away.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="110"/>
        <source>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</source>
        <translation>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112"/>
        <source>%1 goes to the file &apos;%2&apos;.</source>
        <translation>%1 goes to the file &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114"/>
        <source>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</source>
        <translation>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176"/>
        <source>The parent and the child as they really are after the current step: every fd with its real number, wired to the pipe, terminal, file or /dev/null it refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Lens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Built-in scenarios: the seed&apos;s demo and the classic variations around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="292"/>
        <location filename="../app/gui/mainwindow.cpp" line="700"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, closes it and reads its output, as Popen.communicate() does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="295"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="296"/>
        <source>Kill the running child. It is reaped, never left behind as a zombie.</source>
        <translation type="unfinished">Kill the running child. It is reaped, never left behind as a zombie.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="297"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="298"/>
        <source>→: make the next call of the plan for real, then read both fd tables from /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="299"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="300"/>
        <source>←: go back one step. The setup is re-run for real from the start up to the step before, with a new child: what you see is never a rewound picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="302"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="303"/>
        <source>R: back to before the first step. A stopped child is killed and reaped; every fd is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="304"/>
        <location filename="../app/gui/mainwindow.cpp" line="707"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="305"/>
        <source>Space: step on by itself at the chosen speed; Space again pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="319"/>
        <source>Speed of the animations and of Play: left is slower, right is faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="324"/>
        <source>&amp;Animations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>Animate each step in the diagram. Off: every change shows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="330"/>
        <source>POSIX (runs here)</source>
        <translation type="unfinished">POSIX (runs here)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="332"/>
        <source>The plan in POSIX terms: exactly what PipeScope executes on this machine.</source>
        <translation type="unfinished">The plan in POSIX terms: exactly what PipeScope executes on this machine.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="333"/>
        <source>Windows (a model)</source>
        <translation type="unfinished">Windows (a model)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess. It is a model: nothing Windows-specific runs here.</source>
        <translation type="unfinished">The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess. It is a model: nothing Windows-specific runs here.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="372"/>
        <source>The parent&apos;s real fd table after the current step, read from /proc: fds 0-2 and those this session opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="381"/>
        <source>The child&apos;s real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="434"/>
        <source>subprocess.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="436"/>
        <source>The real subprocess.py of this machine&apos;s python3, with the lines of the current step highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="439"/>
        <source>Equivalent Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="441"/>
        <source>The same configuration as a Python program in the shape of the seed&apos;s parent.py, runnable with the real python3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Everything done so far, in order, with the real fd numbers and pids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="454"/>
        <source>Every event of the steps and the run, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="622"/>
        <source>Windows lens: %n step(s) in the Win32 model. Nothing Windows-specific runs here; Step and Run execute the POSIX plan and the model highlights the corresponding call.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="635"/>
        <source>Parent&apos;s fds (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="639"/>
        <source>Child&apos;s fds (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="641"/>
        <source>Child&apos;s fds (pid %1, gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="643"/>
        <source>Child&apos;s fds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="645"/>
        <source>The child has ended: there is no table to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="646"/>
        <source>No child yet: fork() creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="665"/>
        <source>Ready: nothing has run yet. Step (→) makes the plan&apos;s calls one at a time, for real; Run (F5) makes them all and then talks to the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="668"/>
        <source>All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the input and reads the output, as communicate() does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="676"/>
        <source>Step %1 of %2 done: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="700"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="707"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="735"/>
        <source>Child&apos;s fds after exec (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="738"/>
        <source>Read from /proc/%1/fd when the parent took the child over, before it wrote any input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="742"/>
        <source>The child&apos;s fd table could not be read: it had already exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="411"/>
        <source>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="431"/>
        <source>What the parent read from the child&apos;s pipes, and how the child ended.</source>
        <translation>What the parent read from the child&apos;s pipes, and how the child ended.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="453"/>
        <source>Trace log</source>
        <translation>Trace log</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="637"/>
        <source>Child&apos;s fds (pid %1), %n hidden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="714"/>
        <source>Running %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="722"/>
        <location filename="../app/gui/mainwindow.cpp" line="751"/>
        <source>stdout (read from c2pread)</source>
        <translation>stdout (read from c2pread)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="723"/>
        <location filename="../app/gui/mainwindow.cpp" line="752"/>
        <source>stderr (read from errread)</source>
        <translation>stderr (read from errread)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="724"/>
        <source>Exit status: not run yet</source>
        <translation>Exit status: not run yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="746"/>
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n byte</numerusform>
            <numerusform>%1: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="748"/>
        <source>(only the first %n byte(s) shown)</source>
        <translation>
            <numerusform>(only the first %n byte shown)</numerusform>
            <numerusform>(only the first %n bytes shown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="755"/>
        <source>Exit status: %1</source>
        <translation>Exit status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="758"/>
        <source>Child pid %1: %2.</source>
        <translation>Child pid %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="761"/>
        <source>It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).</source>
        <translation>It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="764"/>
        <source>the child %1; the parent read %n byte(s) from its stdout.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="774"/>
        <source>Exit status: the child never ran the program</source>
        <translation>Exit status: the child never ran the program</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="141"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="143"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="145"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="147"/>
        <source>What it does and why</source>
        <translation>What it does and why</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="149"/>
        <source>Real fds (last run)</source>
        <translation>Real fds (last run)</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/gui/presets.cpp" line="14"/>
        <source>Seed demo: stdin=PIPE, stdout=PIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="15"/>
        <source>The note&apos;s parent.py and child.py: the parent writes ten lines into the child&apos;s stdin and reads what it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="18"/>
        <source>stdin not PIPE (AttributeError: write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="19"/>
        <source>stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises AttributeError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="22"/>
        <source>stdout not PIPE (AttributeError: readline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="23"/>
        <source>stdout=None: the child writes to the parent&apos;s own stdout, proc.stdout is None and proc.stdout.readline() raises AttributeError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="26"/>
        <source>stderr=STDOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="27"/>
        <source>stderr=STDOUT: the child&apos;s fd 2 becomes a second copy of the stdout pipe&apos;s write end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="29"/>
        <source>DEVNULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="30"/>
        <source>stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="32"/>
        <source>stdout to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="33"/>
        <source>stdout goes to %1: the parent opens the file, the child&apos;s fd 1 refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonPanel</name>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="55"/>
        <source>parent.py is the Popen program for this configuration; child.py is the seed&apos;s child, written for PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="57"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="59"/>
        <source>Copy the program shown to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="61"/>
        <source>Run in P&amp;ython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="63"/>
        <source>Write parent.py and child.py to a temporary folder and run them with the real python3, to compare with what PipeScope does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="76"/>
        <source>The equivalent Python program, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="82"/>
        <source>What python3 printed: the program&apos;s output, then its stderr (a traceback, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="83"/>
        <source>Press Run in Python to see what the real python3 does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="89"/>
        <source>PipeScope&apos;s own run: not run yet (Run, F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="135"/>
        <source>PipeScope expects no error: every stream the program uses is a PIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="138"/>
        <source>PipeScope expects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="140"/>
        <source>(Python stops at the first error; the next would be: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="148"/>
        <source>PipeScope&apos;s own run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="169"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="180"/>
        <source>Cannot write the program to a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="184"/>
        <source>Running %1 parent.py …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="214"/>
        <source>python3 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="215"/>
        <source>Cannot start &apos;%1&apos;: is python3 installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="222"/>
        <source>--- stderr ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="228"/>
        <source>python3 did not finish in time and was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="230"/>
        <source>python3 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="232"/>
        <source>python3 exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="75"/>
        <source>parent.py, generated by PipeScope: the note&apos;s parent.py for this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="76"/>
        <source>It ends on its own: stdin is closed after writing, reading stops at end-of-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="135"/>
        <source>If stdin is not subprocess.PIPE, child_p.stdin is None and the next line raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="147"/>
        <source>end-of-file for the child: its readline() returns &apos;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="150"/>
        <source>If stdout is not subprocess.PIPE, child_p.stdout is None and the next line raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="154"/>
        <source>b&apos;&apos;: every write end is closed, the child has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="161"/>
        <source>Never leave the child behind: it gets 10 seconds to end, then it is killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="178"/>
        <source>stdin is not PIPE: the parent holds no write end, so child_p.stdin is None and child_p.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="181"/>
        <source>stdout is not PIPE: the parent holds no read end, so child_p.stdout is None and child_p.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLocator</name>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="288"/>
        <source>This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python source only hands it the fds highlighted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="291"/>
        <source>No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it on the caller&apos;s behalf, so it closes it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="294"/>
        <source>Popen(pipesize=…) is only used on Python 3.10 and later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="65"/>
        <source>subprocess.py, read-only. The highlighted lines carry out the current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="69"/>
        <location filename="../app/gui/sourcepanel.cpp" line="76"/>
        <source>Looking for python3&apos;s subprocess.py …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="153"/>
        <source>No python3 found: this is an annotated excerpt written for PipeScope, not CPython&apos;s subprocess.py. It follows the same structure, so the same lines light up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="158"/>
        <source>subprocess.py of python3 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="207"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="208"/>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="209"/>
        <source>Current step (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="210"/>
        <source>Current step (%1): %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="212"/>
        <source>Current step (%1): no line of its own in this subprocess.py.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="32"/>
        <source>MODEL — execution is POSIX: nothing Windows-specific runs here. Highlighted: the Win32 call that matches the POSIX step just done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="41"/>
        <source>Popen&apos;s handle setup, one call per row, in the order it runs. The step just done is bold; select any step to read about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="56"/>
        <source>The selected step: what the call does and why Popen makes it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepspanel.cpp" line="97"/>
        <source>Steps on Windows (a model, %n call(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepspanel.cpp" line="99"/>
        <source>Steps: none done yet, %n planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="101"/>
        <source>Steps: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="132"/>
        <source>The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no error pipe, no fork and no close-on-exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="138"/>
        <source>Select a step to read what it does and why.</source>
        <translation type="unfinished">Select a step to read what it does and why.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="147"/>
        <source>Win32 counterpart of the step just done (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="148"/>
        <source>Step %1 of %2 — just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="150"/>
        <source>Next: step 1 of %1 — press Step (→) to make this call for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="152"/>
        <source>Next: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="154"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="162"/>
        <source>Really: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamEditor</name>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="33"/>
        <source>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</source>
        <translation>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="40"/>
        <source>None: the child inherits the parent&apos;s own %1; no new handle is made.</source>
        <translation>None: the child inherits the parent&apos;s own %1; no new handle is made.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="42"/>
        <source>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</source>
        <translation>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="44"/>
        <source>DEVNULL: /dev/null, which reads as empty and discards writes.</source>
        <translation>DEVNULL: /dev/null, which reads as empty and discards writes.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="45"/>
        <source>An fd number the parent already has open, passed on as it is.</source>
        <translation>An fd number the parent already has open, passed on as it is.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="46"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="47"/>
        <source>A file the child reads as its stdin.</source>
        <translation>A file the child reads as its stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="48"/>
        <source>A file the child&apos;s output goes to.</source>
        <translation>A file the child&apos;s output goes to.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="50"/>
        <source>STDOUT: stderr goes wherever stdout goes.</source>
        <translation>STDOUT: stderr goes wherever stdout goes.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="56"/>
        <source>The fd number to pass as %1. It must be open in PipeScope when you run.</source>
        <translation>The fd number to pass as %1. It must be open in PipeScope when you run.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="57"/>
        <source>fd number:</source>
        <translation>fd number:</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="62"/>
        <source>path of the file</source>
        <translation>path of the file</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="63"/>
        <source>The file the child reads as stdin.</source>
        <translation>The file the child reads as stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="64"/>
        <source>The file the child&apos;s %1 is written to.</source>
        <translation>The file the child&apos;s %1 is written to.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="68"/>
        <source>Choose the file for %1</source>
        <translation>Choose the file for %1</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="70"/>
        <source>append</source>
        <translation>append</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="72"/>
        <source>Open the file with O_APPEND instead of truncating it.</source>
        <translation>Open the file with O_APPEND instead of truncating it.</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="159"/>
        <source>File for %1</source>
        <translation>File for %1</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="34"/>
        <source>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</source>
        <translation>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="38"/>
        <source>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</source>
        <translation>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="40"/>
        <source>Prints its own open fds as one line of JSON.</source>
        <translation>Prints its own open fds as one line of JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="41"/>
        <source>Writes a line to stderr and &quot;ok&quot; to stdout.</source>
        <translation>Writes a line to stderr and &quot;ok&quot; to stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="42"/>
        <source>Sleeps SECONDS, then exits with status 0.</source>
        <translation>Sleeps SECONDS, then exits with status 0.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="43"/>
        <source>Exits at once with status N.</source>
        <translation>Exits at once with status N.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="44"/>
        <source>Copies stdin to stdout byte for byte.</source>
        <translation>Copies stdin to stdout byte for byte.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="45"/>
        <source>Closes its stdout at once, then sleeps SECONDS.</source>
        <translation>Closes its stdout at once, then sleeps SECONDS.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="47"/>
        <source>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</source>
        <translation>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="84"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="85"/>
        <source>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</source>
        <translation>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="99"/>
        <source>= PIPE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="106"/>
        <source>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</source>
        <translation>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="123"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="131"/>
        <source>The child to run: a mode of the demo child pipescope-child, or any other program.</source>
        <translation>The child to run: a mode of the demo child pipescope-child, or any other program.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="136"/>
        <source>Other program</source>
        <translation>Other program</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="137"/>
        <source>Any program with its arguments, typed below.</source>
        <translation>Any program with its arguments, typed below.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="138"/>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="142"/>
        <source>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</source>
        <translation>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="143"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="147"/>
        <source>e.g. python3 child.py</source>
        <translation>e.g. python3 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="148"/>
        <source>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</source>
        <translation>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="151"/>
        <source>&amp;Other program:</source>
        <translation>&amp;Other program:</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="176"/>
        <source>Input written to stdin</source>
        <translation>Input written to stdin</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="180"/>
        <source>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</source>
        <translation>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="187"/>
        <source>Send line ends as \r\n, like parent.py</source>
        <translation>Send line ends as \r\n, like parent.py</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="189"/>
        <source>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</source>
        <translation>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="199"/>
        <source>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="268"/>
        <source>Nothing to run yet.</source>
        <translation>Nothing to run yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="268"/>
        <source>Runs: %1</source>
        <translation>Runs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="269"/>
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
