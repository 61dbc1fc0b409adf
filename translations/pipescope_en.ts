<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ByteFlowPlot</name>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="178"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="179"/>
        <source>Stop following the present; the run goes on and is recorded</source>
        <translation>Stop following the present; the run goes on and is recorded</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="180"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="181"/>
        <source>Save both plots as a PNG image</source>
        <translation>Save both plots as a PNG image</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="182"/>
        <source>Wheel: zoom the time axis · drag: scroll back (pauses)</source>
        <translation>Wheel: zoom the time axis · drag: scroll back (pauses)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="183"/>
        <source>Top: bytes per second through each pipe. Bottom: how full each pipe is.</source>
        <translation>Top: bytes per second through each pipe. Bottom: how full each pipe is.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="184"/>
        <source>seconds since start</source>
        <translation>seconds since start</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="185"/>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="186"/>
        <source>pipe fill (%)</source>
        <translation>pipe fill (%)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stdin (written)</source>
        <translation>stdin (written)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stdout (read)</source>
        <translation>stdout (read)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stderr (read)</source>
        <translation>stderr (read)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="301"/>
        <source>Export the byte flow as PNG</source>
        <translation>Export the byte flow as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="305"/>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="305"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="18"/>
        <source>plan only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="20"/>
        <source>real only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="22"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="31"/>
        <source>The plan&apos;s step, done by the very call the plan shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="33"/>
        <source>The plan&apos;s step, done by another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="35"/>
        <source>A step of the plan with no recorded call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="37"/>
        <source>A call the real Popen made that no step of the plan accounts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="39"/>
        <source>The plan&apos;s step, done in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="50"/>
        <source>CPython&apos;s _posixsubprocess started the child with vfork() (a clone with CLONE_VM|CLONE_VFORK): the child borrows the parent&apos;s memory and the parent waits until the child has called exec. The plan shows fork(); the child&apos;s copy of the fd table is the same either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="54"/>
        <source>CPython called os.posix_spawn(), and glibc started the child with a clone using CLONE_VM|CLONE_VFORK; the child then did posix_spawn&apos;s file actions (its closes and dup2s) before exec. No code of CPython&apos;s runs in the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="58"/>
        <source>posix_spawn needs no error pipe: glibc hands an exec failure back as posix_spawn&apos;s own result, and Python raises it as OSError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="61"/>
        <source>The same closes in another order: _close_pipe_fds registers them on a contextlib.ExitStack, which calls them last first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="64"/>
        <source>Done in another order than the plan&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="66"/>
        <source>A call the plan leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="68"/>
        <source>The program was looked up in PATH: exec of each directory&apos;s candidate failed until one ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="70"/>
        <source>The child cleared close-on-exec of an fd in pass_fds so that the program keeps it; the plan leaves this call out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="73"/>
        <source>An assignment in _get_handles (a caller&apos;s fd, the /dev/null fd opened already, STDOUT): there is no call to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="76"/>
        <source>This recording does not keep the call: opens and closes of files are recorded by pipescope-trace watch --filter=all only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="79"/>
        <source>Bytes were not recorded, so the read of the error pipe is not in the recording; the parent&apos;s close of errpipe_read right after it stands for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="82"/>
        <source>The fd had no close-on-exec flag to clear: CPython only read the flags, a call this recording does not keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="85"/>
        <source>CPython uses the file object&apos;s fd: the caller opened the file, not Popen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="87"/>
        <source>CPython closes only its own pipe ends and its /dev/null fd, never the caller&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="89"/>
        <source>The real Popen did not make this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="152"/>
        <source>PipeScope&apos;s plan for %1 beside the calls the real CPython made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="155"/>
        <source>It started the child with %1, without an error pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="156"/>
        <source>It started the child through _posixsubprocess with %1; the plan shows these steps with fork().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="164"/>
        <source>For Python %1 PipeScope predicts the same way: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="165"/>
        <source>For Python %1 PipeScope predicted %2: the recording is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="196"/>
        <source>proc.stdin.write(): Enter sends the line and a newline to the child&apos;s stdin</source>
        <translation>proc.stdin.write(): Enter sends the line and a newline to the child&apos;s stdin</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="197"/>
        <source>A line for the child&apos;s stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="198"/>
        <source>Close stdin (EOF)</source>
        <translation>Close stdin (EOF)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="199"/>
        <source>proc.stdin.close(): the child&apos;s next read returns 0 bytes (EOF)</source>
        <translation>proc.stdin.close(): the child&apos;s next read returns 0 bytes (EOF)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="201"/>
        <source>stdin — what the parent wrote</source>
        <translation>stdin — what the parent wrote</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="202"/>
        <source>stdout — what the parent read</source>
        <translation>stdout — what the parent read</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="203"/>
        <source>stderr — what the parent read</source>
        <translation>stderr — what the parent read</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="209"/>
        <source>Every byte the parent wrote to the child&apos;s stdin, in order; bytes that are not text are shown escaped (\xNN, \r)</source>
        <translation>Every byte the parent wrote to the child&apos;s stdin, in order; bytes that are not text are shown escaped (\xNN, \r)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="211"/>
        <source>Every byte the parent read from this pipe, in order; bytes that are not text are shown escaped (\xNN, \r)</source>
        <translation>Every byte the parent read from this pipe, in order; bytes that are not text are shown escaped (\xNN, \r)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="213"/>
        <source>Why the parent has no bytes to show for this stream</source>
        <translation>Why the parent has no bytes to show for this stream</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="314"/>
        <source>/dev/null, which is at EOF at once</source>
        <translation>/dev/null, which is at EOF at once</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="317"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="346"/>
        <source>the file %1</source>
        <translation>the file %1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="320"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="349"/>
        <source>the parent&apos;s fd %1</source>
        <translation>the parent&apos;s fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="323"/>
        <source>PipeScope&apos;s own stdin (a terminal, or /dev/null when started from the desktop)</source>
        <translation>PipeScope&apos;s own stdin (a terminal, or /dev/null when started from the desktop)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="326"/>
        <source>proc.stdin is None → proc.stdin.%1() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;%1&apos;.
stdin=%2 is not PIPE: no pipe was made for it, so the parent holds no write end (p2cwrite is -1). The child reads %3 instead.</source>
        <translation>proc.stdin is None → proc.stdin.%1() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;%1&apos;.
stdin=%2 is not PIPE: no pipe was made for it, so the parent holds no write end (p2cwrite is -1). The child reads %3 instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="337"/>
        <source>proc.stderr is None: stderr=STDOUT makes errwrite the same as c2pwrite, so what the child writes to fd 2 goes where fd 1 goes — into the stdout view, in the order it was written.</source>
        <translation>proc.stderr is None: stderr=STDOUT makes errwrite the same as c2pwrite, so what the child writes to fd 2 goes where fd 1 goes — into the stdout view, in the order it was written.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="343"/>
        <source>/dev/null, which drops every byte</source>
        <translation>/dev/null, which drops every byte</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="352"/>
        <source>PipeScope&apos;s own %1 (the terminal or log it was started with)</source>
        <translation>PipeScope&apos;s own %1 (the terminal or log it was started with)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="356"/>
        <source>proc.%1 is None → proc.%1.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.
%1=%2 is not PIPE: the parent holds no read end (%3 is -1). The child writes to %4 instead.</source>
        <translation>proc.%1 is None → proc.%1.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.
%1=%2 is not PIPE: the parent holds no read end (%3 is -1). The child writes to %4 instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="442"/>
        <source>[EOF]</source>
        <translation>[EOF]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="445"/>
        <source>[EPIPE: the child closed its stdin or exited; the rest of the input was not written]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="448"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="451"/>
        <source>[stdin closed: the child reads EOF]</source>
        <translation>[stdin closed: the child reads EOF]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="451"/>
        <source>[closed by the parent]</source>
        <translation>[closed by the parent]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="488"/>
        <source>[… %1 bytes not shown: they went by faster than a screen can show them …]</source>
        <translation>[… %1 bytes not shown: they went by faster than a screen can show them …]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="556"/>
        <source>Older bytes were dropped to keep the last %1 here: %2 dropped so far.</source>
        <translation>Older bytes were dropped to keep the last %1 here: %2 dropped so far.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="563"/>
        <source>%1 · %2 written</source>
        <translation>%1 · %2 written</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="563"/>
        <source>%1 · %2 read</source>
        <translation>%1 · %2 read</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="603"/>
        <source>Start a scenario, then type a line for the child&apos;s stdin here</source>
        <translation>Start a scenario, then type a line for the child&apos;s stdin here</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="605"/>
        <source>proc.stdin is None: press Enter to see why nothing can be written</source>
        <translation>proc.stdin is None: press Enter to see why nothing can be written</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="607"/>
        <source>A line for the child&apos;s stdin — Enter sends it with a newline</source>
        <translation>A line for the child&apos;s stdin — Enter sends it with a newline</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="620"/>
        <source>The child has exited: nothing reads its stdin any more.</source>
        <translation>The child has exited: nothing reads its stdin any more.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="621"/>
        <source>Start a scenario first: there is no child to write to yet.</source>
        <translation>Start a scenario first: there is no child to write to yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="634"/>
        <source>proc.stdin is closed → proc.stdin.write() raises ValueError: write to closed file. The child has read EOF; start the scenario again to talk to a new one.</source>
        <translation>proc.stdin is closed → proc.stdin.write() raises ValueError: write to closed file. The child has read EOF; start the scenario again to talk to a new one.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="643"/>
        <source>This parent writes its own input and then closes stdin (%1); typing is for the scenarios where you are the parent.</source>
        <translation>This parent writes its own input and then closes stdin (%1); typing is for the scenarios where you are the parent.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="653"/>
        <source>The line was not sent: the child is not reading, and too much input already waits for it.</source>
        <translation>The line was not sent: the child is not reading, and too much input already waits for it.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="65"/>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="68"/>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="71"/>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="74"/>
        <source>Not an executable format</source>
        <translation>Not an executable format</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="77"/>
        <source>A component of the path is not a directory</source>
        <translation>A component of the path is not a directory</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="80"/>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="83"/>
        <source>Too many levels of symbolic links</source>
        <translation>Too many levels of symbolic links</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="86"/>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="89"/>
        <source>The file is busy (being written)</source>
        <translation>The file is busy (being written)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="92"/>
        <source>Argument list too long</source>
        <translation>Argument list too long</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="95"/>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="98"/>
        <source>Too many open files in this process</source>
        <translation>Too many open files in this process</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="101"/>
        <source>Too many open files in the system</source>
        <translation>Too many open files in the system</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="104"/>
        <source>Bad file descriptor (the fd is not open)</source>
        <translation>Bad file descriptor (the fd is not open)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="107"/>
        <source>Broken pipe (no process reads the other end)</source>
        <translation>Broken pipe (no process reads the other end)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="110"/>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="113"/>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="116"/>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="119"/>
        <source>Resource temporarily unavailable</source>
        <translation>Resource temporarily unavailable</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="144"/>
        <source>No value given for %1.</source>
        <translation>No value given for %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="146"/>
        <source>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</source>
        <translation>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="149"/>
        <source>%1: &apos;fd:&apos; needs a number, for example fd:3.</source>
        <translation>%1: &apos;fd:&apos; needs a number, for example fd:3.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="151"/>
        <source>%1: &apos;%2&apos; is not an fd number.</source>
        <translation>%1: &apos;%2&apos; is not an fd number.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="153"/>
        <source>%1: an fd number cannot be negative (&apos;%2&apos;).</source>
        <translation>%1: an fd number cannot be negative (&apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="155"/>
        <source>%1: &apos;file:&apos; needs a path.</source>
        <translation>%1: &apos;file:&apos; needs a path.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="157"/>
        <source>%1: STDOUT can only be given for stderr.</source>
        <translation>%1: STDOUT can only be given for stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="159"/>
        <source>Nothing to run: choose a pipescope-child mode or enter a program.</source>
        <translation>Nothing to run: choose a pipescope-child mode or enter a program.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="161"/>
        <source>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</source>
        <translation>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="164"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="165"/>
        <source>%1 failed for &apos;%2&apos;: %3</source>
        <translation>%1 failed for &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="166"/>
        <source>Cannot set up %1: %2</source>
        <translation>Cannot set up %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="170"/>
        <source>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</source>
        <translation>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="172"/>
        <source>The child failed before running &apos;%1&apos;: %2 failed: %3</source>
        <translation>The child failed before running &apos;%1&apos;: %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="174"/>
        <source>Cannot run &apos;%1&apos;: %2</source>
        <translation>Cannot run &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="176"/>
        <source>Every step has been done already: there is no next step.</source>
        <translation>Every step has been done already: there is no next step.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="178"/>
        <source>The child did not reach its next step in time.</source>
        <translation>The child did not reach its next step in time.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="179"/>
        <source>The child running &apos;%1&apos; did not reach its next step in time.</source>
        <translation>The child running &apos;%1&apos; did not reach its next step in time.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="181"/>
        <source>Cannot read %1: the content is malformed.</source>
        <translation>Cannot read %1: the content is malformed.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="189"/>
        <source>Unknown error</source>
        <translation>Unknown error</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="196"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="198"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="200"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="318"/>
        <source>GetStdHandle() returned None: this process has no standard handle of that kind (pythonw.exe, a GUI program or a service can be without one). _get_handles creates a pipe only to give the child a valid %1 handle (%2); the other end is closed in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="378"/>
        <source>fork() creates the child. These steps show CPython&apos;s _posixsubprocess.fork_exec path, the one with an errpipe and work done in the child between fork and exec, because every call of it can be stopped and watched. CPython takes it whenever it does not use os.posix_spawn(); on Linux, from Python 3.10, without preexec_fn or user/group changes, it calls vfork() instead of fork(). The fork comes after the pipes on purpose: the child starts with a copy of the parent&apos;s whole fd table, so it inherits every end made above, both ends of every pipe included, and the next steps sort out which ones it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="389"/>
        <source>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. They are close-on-exec anyway, so exec would drop them too. A child holding p2cwrite would keep its own stdin from ever reaching end-of-file; the parent&apos;s read ends belong to the parent alone, so that once the parent has closed them the child&apos;s writes fail with EPIPE instead of filling a pipe nobody reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="420"/>
        <source>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. If the parent kept it, the pipe would always have a reader: once the child has exited, the parent&apos;s writes would block for ever on a full pipe instead of failing with EPIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="429"/>
        <source>In the parent: PipeScope closes the file it opened for %1 on the caller&apos;s behalf; the child has its own copy. Popen itself never closes a file you pass: _close_pipe_fds closes only the pipe ends it made and its /dev/null fd, so closing the file is up to your code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="437"/>
        <source>%1 is None, but another stream is not: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, and the next steps give the child an inheritable duplicate of it. On Windows None still makes a new handle, unless all three streams are None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="461"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: CreatePipe(None, 0) made a handle the child could not inherit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="465"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: the child gets an inheritable copy, while the parent&apos;s own standard handle stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="470"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: the child gets an inheritable copy, while the handle behind the caller&apos;s fd or file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="477"/>
        <source>close_fds=True, the default on Windows too since Python 3.7: _execute_child puts p2cread, c2pwrite and errwrite, and nothing else, into the attribute list&apos;s handle list (PROC_THREAD_ATTRIBUTE_HANDLE_LIST), leaving out duplicates and console pseudo-handles. bInheritHandles is then TRUE, but the child inherits only the handles on this list. It is also how a Windows child is given more handles, through startupinfo.lpAttributeList[&apos;handle_list&apos;]: pass_fds is POSIX only (on Windows, _execute_child asserts that it is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="484"/>
        <source>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead. _execute_child does this only when none of the three is -1, which is every case except all three None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="490"/>
        <source>All three streams are None: _get_handles returned six -1, so STARTUPINFO names no standard handles (no STARTF_USESTDHANDLES) and, with close_fds=True, CreateProcess gets bInheritHandles=FALSE: the child inherits no handle from the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="494"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child. Because of the handle list it inherits only p2cread, c2pwrite and errwrite, not every inheritable handle of the parent. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="497"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child. close_fds=False and no handle list: the child inherits every inheritable handle the parent has. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="559"/>
        <source>broken pipe (EPIPE): no process holds stdin&apos;s read end any more (the child closed fd 0 or exited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="324"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</source>
        <translation>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="183"/>
        <source>Stopped while open() of &apos;%1&apos; waited: it is a FIFO, and nobody opened its other end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="185"/>
        <source>This system refused to let PipeScope record the program: %1 failed: %2. It may already be traced (by a debugger or strace), or ptrace may be forbidden here; it can still run without recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="327"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</source>
        <translation>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="332"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="336"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</source>
        <translation>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="341"/>
        <source>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</source>
        <translation>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="346"/>
        <source>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</source>
        <translation>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="350"/>
        <source>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</source>
        <translation>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="355"/>
        <source>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="358"/>
        <source>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="362"/>
        <source>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</source>
        <translation>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="368"/>
        <source>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</source>
        <translation>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="371"/>
        <source>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</source>
        <translation>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="374"/>
        <source>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</source>
        <translation>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="387"/>
        <source>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</source>
        <translation>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="395"/>
        <source>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</source>
        <translation>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="399"/>
        <source>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</source>
        <translation>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="405"/>
        <source>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</source>
        <translation>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="410"/>
        <source>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</source>
        <translation>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="413"/>
        <source>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</source>
        <translation>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="416"/>
        <source>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</source>
        <translation>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="423"/>
        <source>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</source>
        <translation>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="427"/>
        <source>In the parent: close the DEVNULL fd; the child has its own copy.</source>
        <translation>In the parent: close the DEVNULL fd; the child has its own copy.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="434"/>
        <source>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</source>
        <translation>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="443"/>
        <source>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</source>
        <translation>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="446"/>
        <source>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</source>
        <translation>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="451"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="453"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</source>
        <translation>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="501"/>
        <source>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</source>
        <translation>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="514"/>
        <source>pipe for %1 created: read end fd %2, write end fd %3</source>
        <translation>pipe for %1 created: read end fd %2, write end fd %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="516"/>
        <source>%1 pipe resized: it now holds %2 bytes</source>
        <translation>%1 pipe resized: it now holds %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="518"/>
        <source>/dev/null fd %1 reused for %2</source>
        <translation>/dev/null fd %1 reused for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="519"/>
        <source>/dev/null opened as fd %1 for %2</source>
        <translation>/dev/null opened as fd %1 for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="521"/>
        <source>&apos;%1&apos; opened as fd %2 for %3</source>
        <translation>&apos;%1&apos; opened as fd %2 for %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="523"/>
        <source>fd %1 used as it is for %2</source>
        <translation>fd %1 used as it is for %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="525"/>
        <source>stderr=STDOUT: errwrite is fd %1</source>
        <translation>stderr=STDOUT: errwrite is fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="527"/>
        <source>errpipe created: read end fd %1, write end fd %2</source>
        <translation>errpipe created: read end fd %1, write end fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="529"/>
        <source>fork: the child is pid %1</source>
        <translation>fork: the child is pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="531"/>
        <source>the child closed fds %1</source>
        <translation>the child closed fds %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="533"/>
        <source>the child moved fd %1 to fd %2</source>
        <translation>the child moved fd %1 to fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="535"/>
        <source>the child called dup2(%1, %2): its %3 is now the fd the parent made</source>
        <translation>the child called dup2(%1, %2): its %3 is now the fd the parent made</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="540"/>
        <source>the child cleared close-on-exec on fd %1</source>
        <translation>the child cleared close-on-exec on fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="542"/>
        <source>the child closed every fd above 2 except fd %1 (close_fds)</source>
        <translation>the child closed every fd above 2 except fd %1 (close_fds)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="544"/>
        <source>the child ran execve(&apos;%1&apos;)</source>
        <translation>the child ran execve(&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="546"/>
        <source>execve(&apos;%1&apos;) failed in the child: %2</source>
        <translation>execve(&apos;%1&apos;) failed in the child: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="548"/>
        <source>%1 failed in the child before exec: %2</source>
        <translation>%1 failed in the child before exec: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="550"/>
        <source>the parent closed fd %1</source>
        <translation>the parent closed fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="551"/>
        <source>the parent closed fd %1 (%2)</source>
        <translation>the parent closed fd %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="553"/>
        <source>errpipe reached end-of-file: exec succeeded</source>
        <translation>errpipe reached end-of-file: exec succeeded</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/describe.cpp" line="555"/>
        <source>the parent wrote %n byte(s) to stdin</source>
        <translation>
            <numerusform>the parent wrote %n byte to stdin</numerusform>
            <numerusform>the parent wrote %n bytes to stdin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="557"/>
        <source>the parent closed stdin: the child will read end-of-file</source>
        <translation>the parent closed stdin: the child will read end-of-file</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/describe.cpp" line="561"/>
        <source>the parent read %n byte(s) from %1</source>
        <translation>
            <numerusform>the parent read %n byte from %1</numerusform>
            <numerusform>the parent read %n bytes from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="563"/>
        <source>%1 reached end-of-file: every write end is closed</source>
        <translation>%1 reached end-of-file: every write end is closed</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="565"/>
        <source>the child exited with status %1</source>
        <translation>the child exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="567"/>
        <source>the child was killed by signal %1 (%2)</source>
        <translation>the child was killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="569"/>
        <source>the parent gave up waiting after %1 ms</source>
        <translation>the parent gave up waiting after %1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="571"/>
        <source>the parent sent %1 to the child</source>
        <translation>the parent sent %1 to the child</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="581"/>
        <source>read end %1, write end %2</source>
        <translation>read end %1, write end %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="583"/>
        <source>fd %1: %2 bytes</source>
        <translation>fd %1: %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="589"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="591"/>
        <source>child pid %1</source>
        <translation>child pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="599"/>
        <source>kept fd %1</source>
        <translation>kept fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="609"/>
        <source>read(%1): end-of-file</source>
        <translation>read(%1): end-of-file</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="619"/>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="623"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="625"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="627"/>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="629"/>
        <source>anonymous inode</source>
        <translation>anonymous inode</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="631"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="640"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="642"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="644"/>
        <source>read/write</source>
        <translation>read/write</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="652"/>
        <source>timed out: the child was killed and reaped</source>
        <translation>timed out: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="654"/>
        <source>stopped: the child was killed and reaped</source>
        <translation>stopped: the child was killed and reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="656"/>
        <source>killed by signal %1 (%2)</source>
        <translation>killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="657"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
</context>
<context>
    <name>DiagramItem</name>
    <message>
        <location filename="../app/gui/diagram/diagramitem.cpp" line="225"/>
        <location filename="../app/gui/shell/webpage.cpp" line="134"/>
        <source>write end</source>
        <translation>write end</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramitem.cpp" line="227"/>
        <location filename="../app/gui/shell/webpage.cpp" line="134"/>
        <source>read end</source>
        <translation>read end</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="516"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="679"/>
        <source>Before Popen(): only the parent exists</source>
        <translation>Before Popen(): only the parent exists</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="519"/>
        <source>Step %1 of %2 · %3: %4</source>
        <translation>Step %1 of %2 · %3: %4</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="280"/>
        <source>pipe to the outside</source>
        <translation>pipe to the outside</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="282"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="728"/>
        <source>%1 pipe</source>
        <translation>%1 pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="288"/>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="295"/>
        <source>reads: EOF · writes: discarded</source>
        <translation>reads: EOF · writes: discarded</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="558"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="769"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="564"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="777"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="558"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="565"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="565"/>
        <source>pid %1 · gone</source>
        <translation>pid %1 · gone</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="560"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="568"/>
        <source>+ %n more fd(s), PipeScope&apos;s own</source>
        <translation>
            <numerusform>+ %n more fd(s), PipeScope&apos;s own</numerusform>
            <numerusform>+ %n more fd(s), PipeScope&apos;s own</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="243"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="575"/>
        <source>Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.</source>
        <translation>Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="658"/>
        <source>%1, not inheritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="660"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="728"/>
        <source>dummy %1 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="662"/>
        <source>own %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="664"/>
        <source>inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="682"/>
        <source>Win32 call %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="685"/>
        <source>_make_inheritable: a copy made with bInheritHandle=TRUE, which the child can inherit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="687"/>
        <source>The child is suspended: the handles drawn in it are what it inherited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="689"/>
        <source>The child runs: its standard handles are the ones STARTUPINFO named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="692"/>
        <source>%1 failed: error %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="731"/>
        <source>not made by this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="736"/>
        <source>console or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="737"/>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="741"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="742"/>
        <source>a disk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="771"/>
        <source>+ %n other handle(s)</source>
        <translation>
            <numerusform>+ %n other handle</numerusform>
            <numerusform>+ %n other handles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="778"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="778"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="779"/>
        <source>pid %1 · %n other handle(s)</source>
        <translation>
            <numerusform>pid %1 · %n other handle</numerusform>
            <numerusform>pid %1 · %n other handles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="789"/>
        <source>Dashed: not inheritable. Pipes: bytes flow from the write end to the read end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="811"/>
        <source>Parent handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="811"/>
        <source>Child handle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="812"/>
        <source>Parent fd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="812"/>
        <source>Child fd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="819"/>
        <source>%1 was just closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="826"/>
        <source>%1 refers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="838"/>
        <source>%1 is the write end of the %2; the other process holds the read end as handle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="839"/>
        <source>%1 is the read end of the %2; the other process holds the write end as handle %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="842"/>
        <source>%1 is the write end of the %2; the parent holds the read end as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="843"/>
        <source>%1 is the read end of the %2; the parent holds the write end as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="846"/>
        <source>%1 is the write end of the %2; the child holds the read end as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="847"/>
        <source>%1 is the read end of the %2; the child holds the write end as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="850"/>
        <source>%1 is the write end of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="850"/>
        <source>%1 is the read end of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../app/gui/diagram/diagramview.cpp" line="31"/>
        <source>Parent and child diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramview.cpp" line="34"/>
        <source>Nothing shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/gui/diagram/exporter.cpp" line="68"/>
        <source>Cannot save &apos;%1&apos;: the picture could not be encoded as PNG.</source>
        <translation>Cannot save &apos;%1&apos;: the picture could not be encoded as PNG.</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/exporter.cpp" line="78"/>
        <source>Cannot save &apos;%1&apos;: %2.</source>
        <translation>Cannot save &apos;%1&apos;: %2.</translation>
    </message>
</context>
<context>
    <name>FdTableModel</name>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="51"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="51"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="58"/>
        <source>Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.</source>
        <translation>Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="60"/>
        <source>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</source>
        <translation>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="92"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="94"/>
        <source>Refers to</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="96"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="98"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="100"/>
        <source>cloexec</source>
        <translation>cloexec</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="94"/>
        <source>PipeScope scenarios (*.pipescope)</source>
        <translation>PipeScope scenarios (*.pipescope)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="95"/>
        <source>PipeScope traces (*.json)</source>
        <translation>PipeScope traces (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="97"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Open Scenario…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="98"/>
        <source>Opens a .pipescope file: streams, command, input, lens and step. Nothing runs until you press Step or Run.</source>
        <translation>Opens a .pipescope file: streams, command, input, lens and step. Nothing runs until you press Step or Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="101"/>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="107"/>
        <source>&amp;Save Scenario…</source>
        <translation>&amp;Save Scenario…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="108"/>
        <source>Saves the current configuration as a .pipescope file.</source>
        <translation>Saves the current configuration as a .pipescope file.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="110"/>
        <source>Save Scenario</source>
        <translation>Save Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="115"/>
        <source>&amp;Watch a Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="116"/>
        <source>Records a real program of yours (a Python script, a C program, a shell pipeline) under ptrace and steps through its calls: every process it starts and the pipes between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="123"/>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Export Diagram as S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="124"/>
        <source>Saves the diagram as it is now as a scalable SVG picture.</source>
        <translation>Saves the diagram as it is now as a scalable SVG picture.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="126"/>
        <source>Export Diagram as SVG</source>
        <translation>Export Diagram as SVG</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="126"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="130"/>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Export Diagram as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="131"/>
        <source>Saves the diagram as it is now as a PNG picture at twice its size on screen.</source>
        <translation>Saves the diagram as it is now as a PNG picture at twice its size on screen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="133"/>
        <source>Export Diagram as PNG</source>
        <translation>Export Diagram as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="133"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="137"/>
        <source>Export &amp;Trace…</source>
        <translation>Export &amp;Trace…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="138"/>
        <source>Saves everything done so far (plan, events with real fds, the steps&apos; fd tables) as trace JSON, which Replay Trace shows again without running anything.</source>
        <translation>Saves everything done so far (plan, events with real fds, the steps&apos; fd tables) as trace JSON, which Replay Trace shows again without running anything.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="141"/>
        <source>Export Trace</source>
        <translation>Export Trace</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="145"/>
        <source>Export for the &amp;Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="146"/>
        <source>Saves one web page that replays every step (the diagram, both fd tables, the explanations in English and Chinese) in any browser, without PipeScope and without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="150"/>
        <source>Export for the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="150"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="154"/>
        <source>Export P&amp;ython Program…</source>
        <translation>Export P&amp;ython Program…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="155"/>
        <source>Saves the equivalent Python program shown in its tab as a .py file (with child.py next to it when it runs the seed&apos;s child).</source>
        <translation>Saves the equivalent Python program shown in its tab as a .py file (with child.py next to it when it runs the seed&apos;s child).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="159"/>
        <source>Export Python Program</source>
        <translation>Export Python Program</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="159"/>
        <source>Python programs (*.py)</source>
        <translation>Python programs (*.py)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="164"/>
        <source>&amp;Replay Trace…</source>
        <translation>&amp;Replay Trace…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="165"/>
        <source>Shows a recorded trace (from Export Trace or pipescope-trace --json) step by step without running anything.</source>
        <translation>Shows a recorded trace (from Export Trace or pipescope-trace --json) step by step without running anything.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="168"/>
        <source>Replay Trace</source>
        <translation>Replay Trace</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="172"/>
        <source>&amp;Leave Replay</source>
        <translation>&amp;Leave Replay</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="172"/>
        <source>Back to the live session.</source>
        <translation>Back to the live session.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="177"/>
        <source>Closes PipeScope.</source>
        <translation>Closes PipeScope.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="181"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="318"/>
        <source>Opened &apos;%1&apos;. Nothing has run: press Step (→) or Run (F5).</source>
        <translation>Opened &apos;%1&apos;. Nothing has run: press Step (→) or Run (F5).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="330"/>
        <source>Saved the scenario to &apos;%1&apos;.</source>
        <translation>Saved the scenario to &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="337"/>
        <source>PipeScope diagram</source>
        <translation>PipeScope diagram</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="339"/>
        <location filename="../app/gui/shell/fileactions.cpp" line="348"/>
        <source>Saved the diagram to &apos;%1&apos;.</source>
        <translation>Saved the diagram to &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="357"/>
        <source>Saved the trace to &apos;%1&apos;. Replay Trace shows it again.</source>
        <translation>Saved the trace to &apos;%1&apos;. Replay Trace shows it again.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="372"/>
        <source>Saved the program to &apos;%1&apos;, and child.py next to it.</source>
        <translation>Saved the program to &apos;%1&apos;, and child.py next to it.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="375"/>
        <source>Saved the program to &apos;%1&apos;.</source>
        <translation>Saved the program to &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="384"/>
        <source>A run is in progress: stop it (or let it end) before replaying &apos;%1&apos;.</source>
        <translation>A run is in progress: stop it (or let it end) before replaying &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="387"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>Cannot open &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="390"/>
        <source>&apos;%1&apos; is not a PipeScope trace: it is far too large.</source>
        <translation>&apos;%1&apos; is not a PipeScope trace: it is far too large.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="403"/>
        <source>&apos;%1&apos; is not a PipeScope recording: %2 is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="406"/>
        <source>A recording is in progress: stop it before replaying &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="413"/>
        <source>&apos;%1&apos; is not a PipeScope trace: it is not valid JSON.</source>
        <translation>&apos;%1&apos; is not a PipeScope trace: it is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="414"/>
        <source>&apos;%1&apos; is not a PipeScope trace: %2 is missing or malformed.</source>
        <translation>&apos;%1&apos; is not a PipeScope trace: %2 is missing or malformed.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="441"/>
        <source>A run is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="455"/>
        <source>A run is in progress: stop it (or let it end) before recording every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="491"/>
        <source>Could not record every step for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="526"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every step from it, without PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="540"/>
        <source>A recording is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="543"/>
        <source>Nothing to export to &apos;%1&apos;: record a program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="552"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every recorded call from it, without PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="563"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every Win32 call of this run from it, without PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="575"/>
        <source>Nothing to export to &apos;%1&apos;: no step has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="78"/>
        <source>About the Diagram</source>
        <translation>About the Diagram</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="80"/>
        <source>Close this page.</source>
        <translation>Close this page.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="130"/>
        <source>About the diagram</source>
        <translation>About the diagram</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="131"/>
        <source>The diagram shows the parent (PipeScope itself) and the child as they really are after the current step: every row is a real file descriptor read from /proc, every line leads to the real pipe, file or device it refers to. Nothing in it is drawn from a guess.</source>
        <translation>The diagram shows the parent (PipeScope itself) and the child as they really are after the current step: every row is a real file descriptor read from /proc, every line leads to the real pipe, file or device it refers to. Nothing in it is drawn from a guess.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="135"/>
        <source>Parent and child</source>
        <translation>Parent and child</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="136"/>
        <source>The two large boxes are the processes, each with its real pid. Before fork() only the parent exists; fork() copies the parent&apos;s fd table into the child. A child that has ended is drawn greyed out. Descriptors this session did not open are counted at the bottom of a box (&quot;+ N more fd(s)&quot;) rather than drawn.</source>
        <translation>The two large boxes are the processes, each with its real pid. Before fork() only the parent exists; fork() copies the parent&apos;s fd table into the child. A child that has ended is drawn greyed out. Descriptors this session did not open are counted at the bottom of a box (&quot;+ N more fd(s)&quot;) rather than drawn.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="141"/>
        <source>Handles and their fd numbers</source>
        <translation>Handles and their fd numbers</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="142"/>
        <source>Each row inside a process is one file descriptor (on Windows: a handle), with its number in the round badge on the box&apos;s edge. Rows 0, 1 and 2 are stdin, stdout and stderr. The other rows carry the names Popen._get_handles gives them:</source>
        <translation>Each row inside a process is one file descriptor (on Windows: a handle), with its number in the round badge on the box&apos;s edge. Rows 0, 1 and 2 are stdin, stdout and stderr. The other rows carry the names Popen._get_handles gives them:</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="147"/>
        <source>parent-to-child pipe, read end: dup2(p2cread, 0) makes it the child&apos;s stdin (fd 0).</source>
        <translation>parent-to-child pipe, read end: dup2(p2cread, 0) makes it the child&apos;s stdin (fd 0).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="148"/>
        <source>parent-to-child pipe, write end: the parent keeps it as proc.stdin.</source>
        <translation>parent-to-child pipe, write end: the parent keeps it as proc.stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="149"/>
        <source>child-to-parent pipe, read end: the parent keeps it as proc.stdout.</source>
        <translation>child-to-parent pipe, read end: the parent keeps it as proc.stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="151"/>
        <source>child-to-parent pipe, write end: dup2(c2pwrite, 1) makes it the child&apos;s stdout (fd 1).</source>
        <translation>child-to-parent pipe, write end: dup2(c2pwrite, 1) makes it the child&apos;s stdout (fd 1).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="152"/>
        <source>stderr pipe, read end: the parent keeps it as proc.stderr.</source>
        <translation>stderr pipe, read end: the parent keeps it as proc.stderr.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="154"/>
        <source>stderr pipe, write end: dup2(errwrite, 2) makes it the child&apos;s stderr (fd 2). With stderr=STDOUT it is c2pwrite.</source>
        <translation>stderr pipe, write end: dup2(errwrite, 2) makes it the child&apos;s stderr (fd 2). With stderr=STDOUT it is c2pwrite.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="157"/>
        <source>Popen&apos;s own error pipe: the child reports a failed exec through it; the parent reads end-of-file when exec succeeded.</source>
        <translation>Popen&apos;s own error pipe: the child reports a failed exec through it; the parent reads end-of-file when exec succeeded.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="160"/>
        <source>Under the picture the six handles are listed as Popen holds them, (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), with their real fd numbers. -1 means the handle does not exist. For the parent&apos;s ends (p2cwrite, c2pread, errread) that happens exactly when the stream is not a PIPE, and then proc.stdin, proc.stdout or proc.stderr is None. The child&apos;s ends (p2cread, c2pwrite, errwrite) are -1 only when the stream is None: on POSIX for each None stream, on Windows only when all three streams are None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="167"/>
        <source>Pipes</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="78"/>
        <source>The Note, Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="85"/>
        <source>The note, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="86"/>
        <source>PipeScope teaches from a Chinese note on pipes and subprocess.Popen. Most of what it says is right, and PipeScope shows it for real. The lines below need a correction: each is quoted as the note writes it, beside what is so and where to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="91"/>
        <source>An anonymous pipe goes one way only: CreatePipe returns a read handle and a write handle, as pipe(2) returns a read end and a write end. The end of the same comment says it right, the data flows one way. Talking both ways takes two pipes, which is why Popen makes one per stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="94"/>
        <source>Microsoft, &quot;Anonymous Pipes&quot; and CreatePipe; man 2 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="96"/>
        <source>On Windows an anonymous pipe has a security descriptor: CreatePipe takes one in its SECURITY_ATTRIBUTES (by default its ACLs come from the creator&apos;s token), and the two handles carry GENERIC_READ and GENERIC_WRITE access. On Linux fstat() on a pipe shows an owner and mode 0600; a process reaches the pipe only through an fd it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="100"/>
        <source>Microsoft, &quot;Anonymous Pipe Security and Access Rights&quot;; man 2 fstat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="103"/>
        <source>Nothing is closed: with stdin=None Popen makes no pipe for stdin at all. p2cread and p2cwrite stay -1 on POSIX, so the child reads the parent&apos;s own stdin; on Windows the child gets an inheritable copy of the parent&apos;s standard input handle (unless all three streams are None). proc.stdin is None because there is no pipe, not because one was closed. A pipe is made and one end closed at once (CreatePipe, then CloseHandle) only on Windows, when GetStdHandle returns None: a process without that standard handle, such as pythonw.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="109"/>
        <source>subprocess.py, _get_handles (POSIX and Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="111"/>
        <source>The message names the attribute as the code spells it. The code calls child_p.stdout.readline(), so Python says: &apos;NoneType&apos; object has no attribute &apos;readline&apos;. Attribute names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="113"/>
        <source>the Equivalent Python tab: Run in Python with stdout not a PIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="115"/>
        <source>Uncommented as they stand, the two lines lack the comma between them: a SyntaxError. With the comma the demo runs, and hangs: child.py&apos;s output stays in Python&apos;s buffer, the parent never closes stdin and the child never exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="118"/>
        <source>the Live tab: &quot;The note&apos;s demo as written&quot; and &quot;with python3 -u&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="119"/>
        <source>stdout=subprocess.PIPE: a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="121"/>
        <source>readline() returns &apos;&apos; at end of file, and this loop never checks for it: once the parent closes stdin, child.py prints empty answers for ever. PipeScope&apos;s own child.py stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="123"/>
        <source>Python docs, io.TextIOBase.readline; the Live tab, &quot;with python3 -u&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="168"/>
        <source>A rounded tube between the processes is an anonymous pipe, named after its stream (stdin pipe, stdout pipe, stderr pipe) and labelled with its kernel inode, pipe:[N]. The arrows inside point the way bytes flow: from the write end to the read end. Lines join each end to every fd that refers to it, in both processes.</source>
        <translation>A rounded tube between the processes is an anonymous pipe, named after its stream (stdin pipe, stdout pipe, stderr pipe) and labelled with its kernel inode, pipe:[N]. The arrows inside point the way bytes flow: from the write end to the read end. Lines join each end to every fd that refers to it, in both processes.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="172"/>
        <source>Colours: blue for stdin, green for stdout, red for stderr, purple for Popen&apos;s error pipe, grey for what is not a pipe: the terminal, /dev/null (reads give end-of-file, writes are discarded), a file, or the pipe PipeScope itself was started with (&quot;pipe to the outside&quot;).</source>
        <translation>Colours: blue for stdin, green for stdout, red for stderr, purple for Popen&apos;s error pipe, grey for what is not a pipe: the terminal, /dev/null (reads give end-of-file, writes are discarded), a file, or the pipe PipeScope itself was started with (&quot;pipe to the outside&quot;).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="177"/>
        <source>Fill gauges, packets and a blocked writer</source>
        <translation>Fill gauges, packets and a blocked writer</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="178"/>
        <source>Fill gauge: how many bytes wait in a pipe out of what it can hold, measured with ioctl(FIONREAD) against fcntl(F_GETPIPE_SZ) (64 KiB by default on Linux). A full pipe makes the next write() wait.</source>
        <translation>Fill gauge: how many bytes wait in a pipe out of what it can hold, measured with ioctl(FIONREAD) against fcntl(F_GETPIPE_SZ) (64 KiB by default on Linux). A full pipe makes the next write() wait.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="181"/>
        <source>Packets: the small blocks travelling along a pipe are bytes on their way, at a rate that follows the real bytes per second.</source>
        <translation>Packets: the small blocks travelling along a pipe are bytes on their way, at a rate that follows the real bytes per second.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="183"/>
        <source>Blocked writer: a process waiting in write() on a full pipe (or in read() on an empty one) is marked blocked, with the call it waits in, read from /proc/PID/wchan and /proc/PID/syscall. When each side waits for the other, that is a deadlock: neither can go on.</source>
        <translation>Blocked writer: a process waiting in write() on a full pipe (or in read() on an empty one) is marked blocked, with the call it waits in, read from /proc/PID/wchan and /proc/PID/syscall. When each side waits for the other, that is a deadlock: neither can go on.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="188"/>
        <source>Closing and close-on-exec</source>
        <translation>Closing and close-on-exec</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="189"/>
        <source>Crossed out in red: a handle the step just done closed. It is gone at the next step. During the animation a closed handle fades out, and a name moving from one row to another is dup2() copying a handle onto 0, 1 or 2.</source>
        <translation>Crossed out in red: a handle the step just done closed. It is gone at the next step. During the animation a closed handle fades out, and a name moving from one row to another is dup2() copying a handle onto 0, 1 or 2.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="192"/>
        <source>Dashed outline: the fd is close-on-exec (O_CLOEXEC). It vanishes when the child calls exec, which is why Popen&apos;s pipe ends never leak into the program. The copies dup2() puts on 0, 1 and 2 are not close-on-exec: they are what the program inherits.</source>
        <translation>Dashed outline: the fd is close-on-exec (O_CLOEXEC). It vanishes when the child calls exec, which is why Popen&apos;s pipe ends never leak into the program. The copies dup2() puts on 0, 1 and 2 are not close-on-exec: they are what the program inherits.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="196"/>
        <source>The Windows lens</source>
        <translation>The Windows lens</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="197"/>
        <source>With the Windows lens the steps are named in Win32 terms (CreatePipe, DuplicateHandle, STARTUPINFO.hStdInput, the handle list, CreateProcess with bInheritHandles, CloseHandle) under an amber MODEL banner: the step that matches the POSIX step just done is highlighted, and the diagram keeps showing the real POSIX descriptors that Step and Run made. Run on Windows (Wine) beside the banner makes these calls for real: Popen&apos;s Windows branch runs under Wine with the child created suspended, and every call is listed with its real HANDLE values and both processes&apos; handle tables right after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="212"/>
        <source>About the &amp;Diagram</source>
        <translation>About the &amp;Diagram</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="215"/>
        <source>What every symbol of the diagram means.</source>
        <translation>What every symbol of the diagram means.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="221"/>
        <source>The Note, &amp;Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="223"/>
        <source>The lines of the note PipeScope teaches from that need a correction, and the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="230"/>
        <source>&amp;About PipeScope</source>
        <translation>&amp;About PipeScope</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="239"/>
        <source>About PipeScope</source>
        <translation>About PipeScope</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="242"/>
        <source>See how a parent process and its child talk through pipes: the options of Python&apos;s subprocess.Popen, with real processes, real system calls and the real fd tables read from /proc.</source>
        <translation>See how a parent process and its child talk through pipes: the options of Python&apos;s subprocess.Popen, with real processes, real system calls and the real fd tables read from /proc.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="246"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/shell/language.cpp" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>LessonExport</name>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="54"/>
        <source>The lesson did not get past part %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="75"/>
        <source>A run or a lesson is in progress: end it before exporting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="100"/>
        <source>The export of &apos;%1&apos; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="169"/>
        <source>Part %1 of the lesson could not be recorded step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="184"/>
        <source>The recorded session did not make this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="205"/>
        <source>Saved the lesson&apos;s page to &apos;%1&apos;: any browser plays its parts and asks its questions from it, without PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="177"/>
        <source>none (-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="177"/>
        <source>fd %1</source>
        <translation type="unfinished">fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="179"/>
        <source>the read end of the stdin pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="180"/>
        <source>the write end of the stdin pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="181"/>
        <source>the read end of the stdout pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="182"/>
        <source>the write end of the stdout pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="183"/>
        <source>the read end of the stderr pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="184"/>
        <source>the write end of the stderr pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="185"/>
        <source>the read end of the error pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="186"/>
        <source>the write end of the error pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="187"/>
        <source>/dev/null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="188"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="189"/>
        <source>the parent&apos;s own file of that number, inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="190"/>
        <source>closed</source>
        <translation type="unfinished">closed</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="191"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="192"/>
        <source>the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="193"/>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="194"/>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="195"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="196"/>
        <source>all of it written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="197"/>
        <source>a broken pipe (EPIPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="198"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="199"/>
        <source>it hangs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="200"/>
        <source>a deadlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="201"/>
        <source>it finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="202"/>
        <source>every record whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="203"/>
        <source>some records split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="256"/>
        <source>Part %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="272"/>
        <source>One possible answer: choose it, then Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="284"/>
        <source>Answer, rehearsed on this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="286"/>
        <source>It could not be rehearsed: PipeScope knows this answer once it has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="288"/>
        <source>PipeScope knows this answer once the step has run: an fd number depends on what is free at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="290"/>
        <source>Rehearsing on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="292"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="296"/>
        <source>Getting the real session to the question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="299"/>
        <source>The step runs for real…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="300"/>
        <source>It runs for real: watch the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="303"/>
        <source>End of this part. Next goes on to part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="306"/>
        <source>End of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="321"/>
        <source>Not judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="323"/>
        <source>What really happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="325"/>
        <source>Right: %1. That is what really happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="327"/>
        <source>Not this time: you said %1; what really happened is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="337"/>
        <source>Score: %1 of %2 answered right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="360"/>
        <source>Teacher view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="361"/>
        <source>Self-study view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="362"/>
        <source>Teacher: the answer rehearsed on this machine and the notes are shown in advance. Self-study: nothing in advance, and a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="364"/>
        <source>Lesson view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="366"/>
        <source>The fd number you expect (-1: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="367"/>
        <source>Answer as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="378"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="371"/>
        <source>Run the step for real, then judge the answer against what really happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="370"/>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="372"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="375"/>
        <source>Run it for real and show what happens, without scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="374"/>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="376"/>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="379"/>
        <source>On to the next question, or the next part of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="380"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="56"/>
        <source>The step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="61"/>
        <source>The run failed: %1</source>
        <translation type="unfinished">The run failed: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="68"/>
        <source>The Live run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="75"/>
        <source>The FIFO run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="305"/>
        <source>The setup failed before this step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="403"/>
        <source>It could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="429"/>
        <source>The run was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="457"/>
        <source>The Live run was cancelled before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="469"/>
        <source>python3 did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="481"/>
        <source>The FIFO run did not end on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="494"/>
        <source>No answer could be read off the run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="214"/>
        <source>A live demonstration: it sets the streams panel, which Start then runs</source>
        <translation>A live demonstration: it sets the streams panel, which Start then runs</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="230"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="231"/>
        <source>Spawn the child for real with the streams panel&apos;s configuration and move its bytes</source>
        <translation>Spawn the child for real with the streams panel&apos;s configuration and move its bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="232"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="233"/>
        <source>Kill the child (SIGKILL) and reap it</source>
        <translation>Kill the child (SIGKILL) and reap it</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="235"/>
        <source>Live sc&amp;enario:</source>
        <translation>Live sc&amp;enario:</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stdin pipe</source>
        <translation>stdin pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stdout pipe</source>
        <translation>stdout pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stderr pipe</source>
        <translation>stderr pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="153"/>
        <source>Pick a scenario and press Start: a real child process is spawned.</source>
        <translation>Pick a scenario and press Start: a real child process is spawned.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="220"/>
        <source>Slow &amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="221"/>
        <source>How fast the parent writes and reads each pipe. Slower than the child, and the child really waits on a full pipe (or an empty one), as the diagram shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="226"/>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="227"/>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="228"/>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="312"/>
        <source>pipescope-child was not found next to PipeScope, so no scenario can run.</source>
        <translation>pipescope-child was not found next to PipeScope, so no scenario can run.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="323"/>
        <source>Could not make a temporary folder for the file: %1</source>
        <translation>Could not make a temporary folder for the file: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="335"/>
        <source>Could not write %1 to a temporary folder for python3 to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="346"/>
        <source>Cancelling: the child gets SIGKILL…</source>
        <translation>Cancelling: the child gets SIGKILL…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="369"/>
        <source>Cancelled: the child was killed (SIGKILL) and reaped.</source>
        <translation>Cancelled: the child was killed (SIGKILL) and reaped.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="371"/>
        <source>Finished: the child was killed by signal %1 (%2).</source>
        <translation>Finished: the child was killed by signal %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="375"/>
        <source>Finished: the child exited with status %1.</source>
        <translation>Finished: the child exited with status %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="378"/>
        <source>SIGPIPE: it wrote to a pipe whose read end no process held any more (pipe(7)), and did not ignore the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="382"/>
        <source>Writing stdin failed with EPIPE before all the input was written: no process held the read end any more (the child closed fd 0 or exited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="387"/>
        <source>stdin: %1 bytes written · stdout: %2 bytes read · stderr: %3 bytes read.</source>
        <translation>stdin: %1 bytes written · stdout: %2 bytes read · stderr: %3 bytes read.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="396"/>
        <source>%1 now holds %2 bytes.</source>
        <translation>%1 now holds %2 bytes.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="461"/>
        <source>Started: the child is pid %1.</source>
        <translation>Started: the child is pid %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="487"/>
        <source>Stuck for %1 s: press Cancel to kill the child.</source>
        <translation>Stuck for %1 s: press Cancel to kill the child.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="595"/>
        <source>not a pipe</source>
        <translation>not a pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="599"/>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="599"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="608"/>
        <source>%1 of %2 bytes — full</source>
        <translation>%1 of %2 bytes — full</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="609"/>
        <source>%1 of %2 bytes</source>
        <translation>%1 of %2 bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="623"/>
        <source>%1 written · %2/s</source>
        <translation>%1 written · %2/s</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="623"/>
        <source>%1 read · %2/s</source>
        <translation>%1 read · %2/s</translation>
    </message>
</context>
<context>
    <name>LivePipeItem</name>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="100"/>
        <source>full: %1 / %2</source>
        <translation>full: %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="100"/>
        <source>in pipe: %1 / %2</source>
        <translation>in pipe: %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="162"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>LiveScenarios</name>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="114"/>
        <source>The seed&apos;s parent.py and child.py</source>
        <translation>The seed&apos;s parent.py and child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="116"/>
        <source>stdin=PIPE, stdout=PIPE. The parent writes the ten lines &quot;write data:N&quot; of the seed&apos;s parent.py, each ending in CR LF; the child answers each one with &quot;&gt;&gt;&gt;get std in …&quot;, as child.py does. As in the seed, stdin stays open: type more lines, then close stdin so the child reads EOF and exits.</source>
        <translation>stdin=PIPE, stdout=PIPE. The parent writes the ten lines &quot;write data:N&quot; of the seed&apos;s parent.py, each ending in CR LF; the child answers each one with &quot;&gt;&gt;&gt;get std in …&quot;, as child.py does. As in the seed, stdin stays open: type more lines, then close stdin so the child reads EOF and exits.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="127"/>
        <source>stdin is not PIPE: AttributeError on write</source>
        <translation>stdin is not PIPE: AttributeError on write</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="128"/>
        <source>stdin=None, stdout=PIPE. The child shares PipeScope&apos;s own stdin (the terminal it was started from, or /dev/null) and the parent holds no write end: proc.stdin is None. Typing a line is proc.stdin.write(), which raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin=None, stdout=PIPE. The child shares PipeScope&apos;s own stdin (the terminal it was started from, or /dev/null) and the parent holds no write end: proc.stdin is None. Typing a line is proc.stdin.write(), which raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="138"/>
        <source>stdout is not PIPE: AttributeError on readline</source>
        <translation>stdout is not PIPE: AttributeError on readline</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="139"/>
        <source>stdin=PIPE, stdout=None. The parent writes the ten lines, but the child&apos;s answers go to PipeScope&apos;s own stdout (the terminal it was started from), not to a pipe: the parent holds no read end, proc.stdout is None, and proc.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>stdin=PIPE, stdout=None. The parent writes the ten lines, but the child&apos;s answers go to PipeScope&apos;s own stdout (the terminal it was started from), not to a pipe: the parent holds no read end, proc.stdout is None, and proc.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="150"/>
        <source>stderr=STDOUT: one pipe for both</source>
        <translation>stderr=STDOUT: one pipe for both</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="151"/>
        <source>stdout=PIPE, stderr=STDOUT. errwrite is c2pwrite, so what the child writes to fd 2 goes into the same pipe as fd 1: both lines arrive on stdout, and proc.stderr is None.</source>
        <translation>stdout=PIPE, stderr=STDOUT. errwrite is c2pwrite, so what the child writes to fd 2 goes into the same pipe as fd 1: both lines arrive on stdout, and proc.stderr is None.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="160"/>
        <source>DEVNULL: the bytes go nowhere</source>
        <translation>DEVNULL: the bytes go nowhere</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="161"/>
        <source>stdin, stdout and stderr=DEVNULL. The child writes 16 MiB to /dev/null; the kernel drops them. No pipe exists and the parent receives no byte.</source>
        <translation>stdin, stdout and stderr=DEVNULL. The child writes 16 MiB to /dev/null; the kernel drops them. No pipe exists and the parent receives no byte.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="169"/>
        <source>A file as stdout</source>
        <translation>A file as stdout</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="170"/>
        <source>stdin=PIPE, stdout=a file in a temporary folder. The parent opens the file and the child&apos;s fd 1 is that file. The parent writes the ten lines and closes stdin (communicate()); the answers land in the file, not in a pipe.</source>
        <translation>stdin=PIPE, stdout=a file in a temporary folder. The parent opens the file and the child&apos;s fd 1 is that file. The parent writes the ten lines and closes stdin (communicate()); the answers land in the file, not in a pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="180"/>
        <source>Deadlock: a naive parent and cat</source>
        <translation>Deadlock: a naive parent and cat</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="181"/>
        <source>stdin=PIPE, stdout=PIPE, child: cat. The naive parent writes 1 MiB to stdin before it reads any stdout. cat copies what it reads; once the stdout pipe is full, cat blocks in write(1) and stops reading, the stdin pipe fills up and the parent blocks in write(p2cwrite). Each waits for the other, for ever. Cancel kills the child.</source>
        <translation>stdin=PIPE, stdout=PIPE, child: cat. The naive parent writes 1 MiB to stdin before it reads any stdout. cat copies what it reads; once the stdout pipe is full, cat blocks in write(1) and stops reading, the stdin pipe fills up and the parent blocks in write(p2cwrite). Each waits for the other, for ever. Cancel kills the child.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="193"/>
        <source>communicate(): the same 1 MiB, no deadlock</source>
        <translation>communicate(): the same 1 MiB, no deadlock</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="195"/>
        <source>The same input and the same cat, but the parent calls communicate(): it writes stdin and drains stdout at the same time, so no pipe stays full, and all 1 MiB comes back. On POSIX, communicate() is one loop over a poll() selector that writes stdin in pieces of PIPE_BUF bytes (4 KiB on Linux) and reads whichever output is ready; PipeScope&apos;s parent does the same with poll(). On Windows it starts one reader thread per output pipe and writes stdin from the calling thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="208"/>
        <source>Flood: a pipe at full speed</source>
        <translation>Flood: a pipe at full speed</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="209"/>
        <source>stdout=PIPE. The child writes 2 GiB as fast as it can and the parent drains them: watch bytes/s and how full the pipe gets. The console shows only a sample of what goes by, and says how much it skipped.</source>
        <translation>stdout=PIPE. The child writes 2 GiB as fast as it can and the parent drains them: watch bytes/s and how full the pipe gets. The console shows only a sample of what goes by, and says how much it skipped.</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="218"/>
        <source>Deadlock: wait() before reading stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="220"/>
        <source>stdout=PIPE. The child writes 1 MiB; the parent calls proc.wait() and only then proc.stdout.read(). The pipe holds 64 KiB: once it is full the child blocks in write(1), and wait() returns only when the child exits. Each waits for the other. Python&apos;s documentation warns of exactly this for wait() with stdout=PIPE or stderr=PIPE; communicate() reads while it waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="231"/>
        <source>Deadlock: reading stdout to EOF while stderr fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="232"/>
        <source>stdout=PIPE, stderr=PIPE. The child writes 1 MiB to stderr and nothing to stdout; the parent reads proc.stdout to EOF before it reads proc.stderr. Once 64 KiB fill the stderr pipe the child blocks in write(2) and never exits, so stdout never reaches EOF. communicate() watches both pipes at once and cannot be caught like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="242"/>
        <source>The note&apos;s demo as written: nothing arrives, and it never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="244"/>
        <source>The note&apos;s own child.py, run by the real python3, with stdin=PIPE and stdout=PIPE, and a parent that does what the note&apos;s parent.py does: it writes the ten lines and keeps stdin open, then waits for output. child.py&apos;s print() goes into a pipe, so Python keeps it in a buffer until 8 KiB have gathered or the program exits: nothing reaches the parent, and parent.py&apos;s readline() would wait for ever. After the tenth line child.py waits in read(0) for an eleventh. Close stdin and readline() returns &apos;&apos;, which the loop never checks: it prints for ever, one line a second, still into its buffer. Cancel ends it. (-E makes python3 ignore PYTHON* variables such as PYTHONUNBUFFERED, so every machine shows the same.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="260"/>
        <source>The note&apos;s demo with python3 -u: the lines arrive, and it still never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="262"/>
        <source>The same with python3 -u, which makes stdout unbuffered (print(..., flush=True) in child.py would do the same): &quot;child process start&quot; and one answer a second arrive as they are printed. Each answer ends in the line&apos;s own \r\n, because on Linux sys.stdin splits lines at \n and translates nothing (only on Windows does it turn \r\n into \n), and print() adds one more \n: an empty line follows. After ten answers the child waits for more input and the parent for more output: the note&apos;s parent.py hangs here. Close stdin: child.py does not stop at end-of-file but prints &quot;&gt;&gt;&gt;get std in &quot; once a second for ever. Cancel ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="277"/>
        <source>stderr=STDOUT: one pipe, in the order of the writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="279"/>
        <source>stdout=PIPE, stderr=STDOUT: the child&apos;s fd 2 is a copy of its fd 1, so both reach the parent through one pipe, in the order of the child&apos;s write(2) calls. pipescope-child prints four lines with C stdio, the odd ones with printf, the even ones with fprintf(stderr). Its stdout is a pipe, so the C library buffers it in full and writes it at exit; stderr is unbuffered and written at once. The parent reads 2, 4, 1, 3. Python does the same: print() to a pipe is block-buffered, stderr line-buffered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="291"/>
        <source>stderr=STDOUT: the same with stdout unbuffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="293"/>
        <source>The same child with stdout unbuffered (setvbuf(stdout, NULL, _IONBF, 0)), as python3 -u, PYTHONUNBUFFERED=1 or print(..., flush=True) make a Python program&apos;s: every line is a write(2) of its own, and the parent reads 1, 2, 3, 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="302"/>
        <source>SIGPIPE: the parent closes stdout, a C child dies of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="304"/>
        <source>stdout=PIPE, stderr=PIPE. The parent reads the first bytes of stdout and closes it, as line = proc.stdout.readline(); proc.stdout.close() does, while pipescope-child, a C++ program, goes on writing. Once no process holds the read end, the child&apos;s next write(2) raises SIGPIPE, whose default action ends the process: Popen&apos;s returncode is -13 (a shell reports 141, that is 128 + 13). The child has that default because restore_signals=True puts back, before exec, the signals Python ignores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="316"/>
        <source>BrokenPipeError: the same with a Python child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="318"/>
        <source>The same parent, and the real python3 running a program that prints numbered lines. Python ignores SIGPIPE (it sets SIG_IGN when it starts), so the same write(2) fails with EPIPE instead: print() raises BrokenPipeError, its traceback arrives on the stderr pipe and the child exits with status 1. The parent meets the same error when it writes to a child that has gone; communicate() ignores it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="29"/>
        <source>pipe full</source>
        <translation type="unfinished">pipe full</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="31"/>
        <source>pipe empty</source>
        <translation type="unfinished">pipe empty</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="33"/>
        <source>waiting for a child process to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="48"/>
        <source>the parent is blocked in %1</source>
        <translation type="unfinished">the parent is blocked in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="49"/>
        <source>the parent is blocked in %1 — %2</source>
        <translation type="unfinished">the parent is blocked in %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="50"/>
        <source>the child is blocked in %1</source>
        <translation type="unfinished">the child is blocked in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="51"/>
        <source>the child is blocked in %1 — %2</source>
        <translation type="unfinished">the child is blocked in %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="70"/>
        <source>%1 blocked</source>
        <translation type="unfinished">%1 blocked</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="70"/>
        <source>%1 blocked: %2</source>
        <translation type="unfinished">%1 blocked: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="80"/>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation type="unfinished">%1; %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="84"/>
        <source>Deadlock: %1. Neither can go on.</source>
        <translation type="unfinished">Deadlock: %1. Neither can go on.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="88"/>
        <source>Waiting for input: %1. Type a line, or close stdin to send EOF.</source>
        <translation type="unfinished">Waiting for input: %1. Type a line, or close stdin to send EOF.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="90"/>
        <source>Waiting for input: %1. The parent writes the next bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="92"/>
        <source>Waiting for input: %1. The parent writes the next bytes at the slow motion&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="97"/>
        <source>Finished.</source>
        <translation type="unfinished">Finished.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="103"/>
        <source>Running: bytes can move.</source>
        <translation type="unfinished">Running: bytes can move.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="103"/>
        <source>Running: %1.</source>
        <translation type="unfinished">Running: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="121"/>
        <source>pid %1 (%2) holds %3 as its fd %4</source>
        <comment>who keeps a pipe open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="127"/>
        <source>was killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="127"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="128"/>
        <source>The child %1, but %2: no end of file until that process closes it or ends. Stop ends it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="129"/>
        <source>; </source>
        <comment>between two holders</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="121"/>
        <source>Export for the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="122"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="186"/>
        <source>Parent and child (anonymous pipes)</source>
        <translation>Parent and child (anonymous pipes)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="187"/>
        <source>Named pipes (FIFOs)</source>
        <translation>Named pipes (FIFOs)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="188"/>
        <source>How Popen connects a parent and its child through pipes, step by step</source>
        <translation>How Popen connects a parent and its child through pipes, step by step</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="189"/>
        <source>FIFOs: several writers, one reader, PIPE_BUF atomicity, permissions, duplex</source>
        <translation>FIFOs: several writers, one reader, PIPE_BUF atomicity, permissions, duplex</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="190"/>
        <source>Watch a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="192"/>
        <source>A real program of yours, recorded call by call: every process it starts and the pipes between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="195"/>
        <source>&amp;Compact Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="196"/>
        <source>The diagram beside one column of tabs, for 720p projectors and small screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="197"/>
        <source>&amp;Diagram Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="198"/>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="199"/>
        <source>Light on a light window, dark on a dark one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="200"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="201"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="202"/>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="203"/>
        <source>White on black with thicker lines, for a bright room or a reader who needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="204"/>
        <source>Less&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="205"/>
        <source>&amp;Open Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="206"/>
        <source>A .pipescope-lesson file: scenarios with narration and questions, each judged against what really happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="208"/>
        <source>&amp;Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="209"/>
        <source>&amp;Export Lesson for the Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="210"/>
        <source>One web page of the open lesson: each part&apos;s real steps, each question asked and judged against the real run, in any browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="212"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="215"/>
        <source>End the lesson and close its panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="216"/>
        <source>Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="221"/>
        <source>Float the lesson in a window of its own: on the teacher&apos;s screen, say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="222"/>
        <source>Float the lesson panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="234"/>
        <source>&amp;Side Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="235"/>
        <source>F9: show or hide everything beside the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="423"/>
        <source>Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="423"/>
        <source>PipeScope lessons (*.pipescope-lesson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="435"/>
        <source>Export Lesson for the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="437"/>
        <source>Web pages (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="455"/>
        <source>A lesson is being played for its web page: wait until it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="513"/>
        <source>Playing the lesson for its web page: part %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="483"/>
        <source>No lesson is open: open one from the Lesson menu first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="490"/>
        <source>A run is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="505"/>
        <source>Playing the lesson for its web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="505"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="543"/>
        <source>No lesson &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="550"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it is larger than 4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="581"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="583"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it has no &quot;format&quot;: &quot;pipescope-lesson&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="585"/>
        <source>&apos;%1&apos; is a lesson of another format version: this PipeScope reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="589"/>
        <source>&apos;%1&apos; is incomplete: %2 is missing.</source>
        <translation type="unfinished">&apos;%1&apos; is incomplete: %2 is missing.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="591"/>
        <source>&apos;%1&apos; is malformed: %2 has the wrong type.</source>
        <translation type="unfinished">&apos;%1&apos; is malformed: %2 has the wrong type.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="593"/>
        <source>&apos;%1&apos; is malformed: the value of %2 is not allowed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="595"/>
        <source>&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</source>
        <translation type="unfinished">&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="599"/>
        <source>&apos;%1&apos; is malformed: %2 is not a field of a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="601"/>
        <source>&apos;%1&apos; is not a PipeScope lesson.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedPipesDiagram</name>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="68"/>
        <source>killed by %1</source>
        <translation>killed by %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="69"/>
        <source>exit %1</source>
        <translation>exit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="72"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="74"/>
        <source>in open(O_WRONLY)</source>
        <translation>in open(O_WRONLY)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="76"/>
        <source>stopped after open</source>
        <translation>stopped after open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="77"/>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="107"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="190"/>
        <source>record split!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="108"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="206"/>
        <source>put back together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="153"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="275"/>
        <source>writer %1</source>
        <translation>writer %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="164"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="276"/>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="185"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="277"/>
        <source>reader
(PipeScope)</source>
        <translation>reader
(PipeScope)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="235"/>
        <source>w%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="257"/>
        <source>writer %1: record %2 arrived in one piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="258"/>
        <source>writer %1: record %2 arrived in %3 pieces, split by other writers&apos; bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="267"/>
        <source>%n more writer(s): %1</source>
        <translation>
            <numerusform>%n more writer: %1</numerusform>
            <numerusform>%n more writers: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="287"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="289"/>
        <source>writer %1 %2
%3</source>
        <translation>writer %1 %2
%3</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="290"/>
        <source>writer %1 %2</source>
        <translation>writer %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="295"/>
        <source>FIFO %1
one way: write end → read end</source>
        <translation>FIFO %1
one way: write end → read end</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="299"/>
        <source>%1 of %2 bytes unread</source>
        <translation>%1 of %2 bytes unread</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="311"/>
        <source>reader
open(O_RDONLY)
waits for a writer</source>
        <translation>reader
open(O_RDONLY)
waits for a writer</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="314"/>
        <source>reader
fd %1 open</source>
        <translation>reader
fd %1 open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="317"/>
        <source>reader
read(fd %1)</source>
        <translation>reader
read(fd %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="320"/>
        <source>reader
end of file</source>
        <translation>reader
end of file</translation>
    </message>
</context>
<context>
    <name>NamedPipesPanel</name>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="35"/>
        <source>succeeds</source>
        <translation>succeeds</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="51"/>
        <source>mkfifo: one FIFO, made once, not one per client</source>
        <translation>mkfifo: one FIFO, made once, not one per client</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="53"/>
        <source>open(O_RDONLY): waits until a writer opens</source>
        <translation>open(O_RDONLY): waits until a writer opens</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="55"/>
        <source>open(O_WRONLY): waits for a reader; with O_NONBLOCK fails with ENXIO</source>
        <translation>open(O_WRONLY): waits for a reader; with O_NONBLOCK fails with ENXIO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="57"/>
        <source>rwx mode bits of owner, group and others instead of a DACL; root bypasses them</source>
        <translation>rwx mode bits of owner, group and others instead of a DACL; root bypasses them</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="59"/>
        <source>read(2)</source>
        <translation>read(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="61"/>
        <source>write(2)</source>
        <translation>write(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="63"/>
        <source>close(2)</source>
        <translation>close(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="65"/>
        <source>needs a second FIFO (or a socketpair): one FIFO goes one way</source>
        <translation>needs a second FIFO (or a socketpair): one FIFO goes one way</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="67"/>
        <source>none: every writer shares the one FIFO, a reply cannot be addressed</source>
        <translation>none: every writer shares the one FIFO, a reply cannot be addressed</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="69"/>
        <source>none: a FIFO never crosses the network, even on a network file system</source>
        <translation>none: a FIFO never crosses the network, even on a network file system</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="81"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="83"/>
        <source>client %1 (remote)</source>
        <translation>client %1 (remote)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="84"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="86"/>
        <source>SMB redirector (client %1)</source>
        <translation>SMB redirector (client %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="103"/>
        <source>instance %1, SDDL</source>
        <translation>instance %1, SDDL</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="110"/>
        <source>SMB TREE_CONNECT to \\SERVER\IPC$ (TCP 445, authenticated)</source>
        <translation>SMB TREE_CONNECT to \\SERVER\IPC$ (TCP 445, authenticated)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="112"/>
        <source>CreateFile: every instance is taken</source>
        <translation>CreateFile: every instance is taken</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="117"/>
        <source>%1 (client → server, one message)</source>
        <translation>%1 (client → server, one message)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="119"/>
        <source>%1 (server → client, one message)</source>
        <translation>%1 (server → client, one message)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="147"/>
        <source>&amp;Writers:</source>
        <translation>&amp;Writers:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="148"/>
        <source>How many pipescope-child fifo-writer processes write into the FIFO</source>
        <translation>How many pipescope-child fifo-writer processes write into the FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="149"/>
        <source>&amp;Records each:</source>
        <translation>&amp;Records each:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="150"/>
        <source>How many records every writer writes, each with one write(2)</source>
        <translation>How many records every writer writes, each with one write(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="151"/>
        <source>Record si&amp;ze:</source>
        <translation>Record si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="152"/>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="157"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="154"/>
        <source>Bytes per record. Up to PIPE_BUF (4096) a write is atomic; above it the size must be a multiple of 4096 so that the reader can reassemble split records</source>
        <translation>Bytes per record. Up to PIPE_BUF (4096) a write is atomic; above it the size must be a multiple of 4096 so that the reader can reassemble split records</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="156"/>
        <source>Rea&amp;d size:</source>
        <translation>Rea&amp;d size:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="158"/>
        <source>Bytes the reader asks for with each read(2)</source>
        <translation>Bytes the reader asks for with each read(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="160"/>
        <source>The FIFO&apos;s permission bits in octal, given to mkfifo and set exactly (no umask)</source>
        <translation>The FIFO&apos;s permission bits in octal, given to mkfifo and set exactly (no umask)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="161"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="162"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="163"/>
        <source>Make a new FIFO and start the writers and the reader</source>
        <translation>Make a new FIFO and start the writers and the reader</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="164"/>
        <source>Leave Presenter Mode</source>
        <translation type="unfinished">Leave Presenter Mode</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="165"/>
        <source>Back to the full window (Esc or F11).</source>
        <translation type="unfinished">Back to the full window (Esc or F11).</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="166"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="168"/>
        <source>Kill every writer (SIGKILL), reap it, and remove the FIFO and its directory</source>
        <translation>Kill every writer (SIGKILL), reap it, and remove the FIFO and its directory</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="170"/>
        <source>The FIFO as ls -l shows it: type p, mode bits, links, owner, group, path</source>
        <translation>The FIFO as ls -l shows it: type p, mode bits, links, owner, group, path</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="61"/>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="72"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="61"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="61"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="62"/>
        <source>Records arrived</source>
        <translation>Records arrived</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="62"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="101"/>
        <source>Writers</source>
        <translation>Writers</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="69"/>
        <source>FIFO file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="70"/>
        <source>Every process of the run that has the FIFO open: its fd, access, path, inode and flags, read from /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="72"/>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="74"/>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="74"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="102"/>
        <source>File descriptors</source>
        <translation>File descriptors</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="103"/>
        <source>Permissions, open(2)</source>
        <translation>Permissions, open(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="104"/>
        <source>Duplex, Windows</source>
        <translation>Duplex, Windows</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="105"/>
        <source>The writer processes of the run and how many of their records arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="106"/>
        <source>Who has the FIFO open, with which fd and flags, read from /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="107"/>
        <source>The FIFO&apos;s permission bits, and how open(2) waits for the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="109"/>
        <source>Two ways on POSIX (two FIFOs, or a socketpair), and a Windows named pipe, which is duplex (a model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="71"/>
        <source>none: a FIFO is a byte stream with no record boundaries; writes up to PIPE_BUF are not interleaved, but reads can still merge or split them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="258"/>
        <source>Records of %1 bytes ≤ PIPE_BUF (4096): each write(2) is atomic, so no record can be interleaved with another writer&apos;s bytes. The reader still gets no record boundaries: one read(2) may return several records, or part of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="262"/>
        <source>Records of %1 bytes &gt; PIPE_BUF (4096): such writes may interleave. Linux keeps the pipe locked for a writer&apos;s whole copy and lets another writer in only when this one must wait on a full pipe, so a reader that empties the FIFO fast (large reads) makes interleaving rare: it prevents it, it does not hide it. The reader counts every record that was split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="119"/>
        <source>Choose the writers and records and press Start: a FIFO is made with mkfifo in a private directory and real writer processes open it.</source>
        <translation>Choose the writers and records and press Start: a FIFO is made with mkfifo in a private directory and real writer processes open it.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="94"/>
        <source>What the reader proved</source>
        <translation>What the reader proved</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="96"/>
        <source>Records reassembled:</source>
        <translation>Records reassembled:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="97"/>
        <source>Records whose every block arrived, in order, with a correct checksum</source>
        <translation>Records whose every block arrived, in order, with a correct checksum</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="98"/>
        <source>Bytes read:</source>
        <translation>Bytes read:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="98"/>
        <source>Every byte the reader&apos;s read(2) calls returned</source>
        <translation>Every byte the reader&apos;s read(2) calls returned</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="99"/>
        <source>Interleaved records:</source>
        <translation>Interleaved records:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="100"/>
        <source>Complete records with another writer&apos;s bytes between their first and last byte</source>
        <translation>Complete records with another writer&apos;s bytes between their first and last byte</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="101"/>
        <source>Bytes lost:</source>
        <translation>Bytes lost:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="102"/>
        <source>Bytes the writers wrote that never arrived as part of a record</source>
        <translation>Bytes the writers wrote that never arrived as part of a record</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="103"/>
        <source>Fragments:</source>
        <translation>Fragments:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="104"/>
        <source>Runs of consecutive bytes of one record: a record in one piece is one fragment</source>
        <translation>Runs of consecutive bytes of one record: a record in one piece is one fragment</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="105"/>
        <source>Corrupt bytes:</source>
        <translation>Corrupt bytes:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="105"/>
        <source>Bytes that are not part of any valid block</source>
        <translation>Bytes that are not part of any valid block</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="106"/>
        <source>Throughput:</source>
        <translation>Throughput:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="107"/>
        <source>Bytes read per second since the writers were released</source>
        <translation>Bytes read per second since the writers were released</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="108"/>
        <source>Reader&apos;s open waited:</source>
        <translation>Reader&apos;s open waited:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="109"/>
        <source>How long the reader&apos;s blocking open(O_RDONLY) slept until the first writer opened the FIFO</source>
        <translation>How long the reader&apos;s blocking open(O_RDONLY) slept until the first writer opened the FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="94"/>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="147"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="95"/>
        <source>The new mode in octal, e.g. 0600 (owner reads and writes) or 0644</source>
        <translation>The new mode in octal, e.g. 0600 (owner reads and writes) or 0644</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="96"/>
        <source>&amp;chmod</source>
        <translation>&amp;chmod</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="98"/>
        <source>Change the FIFO&apos;s mode bits; the next open(2) is checked against them</source>
        <translation>Change the FIFO&apos;s mode bits; the next open(2) is checked against them</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="99"/>
        <source>New mode:</source>
        <translation>New mode:</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="100"/>
        <source>A new mode takes effect for the next open(2): fds that are already open keep working, since permissions are only checked when a file is opened.</source>
        <translation>A new mode takes effect for the next open(2): fds that are already open keep working, since permissions are only checked when a file is opened.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="104"/>
        <source>PipeScope runs as root (geteuid() == 0): root bypasses the mode bits, so every open from here succeeds whatever the mode. &quot;Open as nobody&quot; shows what another user gets.</source>
        <translation>PipeScope runs as root (geteuid() == 0): root bypasses the mode bits, so every open from here succeeds whatever the mode. &quot;Open as nobody&quot; shows what another user gets.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="107"/>
        <source>PipeScope does not run as root, so the mode bits apply to it: chmod 0000 and an open fails with EACCES (Permission denied).</source>
        <translation>PipeScope does not run as root, so the mode bits apply to it: chmod 0000 and an open fails with EACCES (Permission denied).</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="102"/>
        <source>Rendezvous: open(2) of a FIFO</source>
        <translation>Rendezvous: open(2) of a FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="103"/>
        <source>A blocking open of a FIFO waits until another process opens the other end. With O_NONBLOCK it returns at once: a read end always opens, a write end fails with ENXIO while nobody has the FIFO open for reading.</source>
        <translation>A blocking open of a FIFO waits until another process opens the other end. With O_NONBLOCK it returns at once: a read end always opens, a write end fails with ENXIO while nobody has the FIFO open for reading.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="107"/>
        <source>A blocking open for reading, on a thread of its own: it waits for a writer</source>
        <translation>A blocking open for reading, on a thread of its own: it waits for a writer</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="109"/>
        <source>A blocking open for writing, on a thread of its own: it waits for a reader</source>
        <translation>A blocking open for writing, on a thread of its own: it waits for a reader</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="110"/>
        <source>A non-blocking open for reading: returns at once, writer or not</source>
        <translation>A non-blocking open for reading: returns at once, writer or not</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="112"/>
        <source>A non-blocking open for writing: fails with ENXIO while no reader has the FIFO open</source>
        <translation>A non-blocking open for writing: fails with ENXIO while no reader has the FIFO open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="113"/>
        <source>C&amp;lose these fds</source>
        <translation>C&amp;lose these fds</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="114"/>
        <source>Close every fd opened here and give up a waiting open</source>
        <translation>Close every fd opened here and give up a waiting open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="109"/>
        <source>Open as &amp;nobody (uid %1)</source>
        <translation>Open as &amp;nobody (uid %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="110"/>
        <source>A helper process becomes user nobody and opens the FIFO for reading (O_NONBLOCK): what another user gets</source>
        <translation>A helper process becomes user nobody and opens the FIFO for reading (O_NONBLOCK): what another user gets</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="92"/>
        <source>POSIX: a FIFO goes one way — two ways need two channels (real, runs here)</source>
        <translation>POSIX: a FIFO goes one way — two ways need two channels (real, runs here)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="94"/>
        <source>What the two processes sent each other and what each received, from the real run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="95"/>
        <source>Run with a &amp;pair of FIFOs</source>
        <translation>Run with a &amp;pair of FIFOs</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="97"/>
        <source>Talk both ways with a forked peer over two FIFOs, one per direction</source>
        <translation>Talk both ways with a forked peer over two FIFOs, one per direction</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="98"/>
        <source>Run with a soc&amp;ketpair</source>
        <translation>Run with a soc&amp;ketpair</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="100"/>
        <source>Talk both ways with a forked peer over one socketpair: both directions on one fd</source>
        <translation>Talk both ways with a forked peer over one socketpair: both directions on one fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="101"/>
        <source>PipeScope forks a peer, sends it a message and reads the echo: over two FIFOs (one per direction) or over one socketpair (both ways on one fd).</source>
        <translation>PipeScope forks a peer, sends it a message and reads the echo: over two FIFOs (one per direction) or over one socketpair (both ways on one fd).</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="172"/>
        <source>Windows named pipe — a MODEL: nothing of it runs here</source>
        <translation>Windows named pipe — a MODEL: nothing of it runs here</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="173"/>
        <source>Clients on &amp;another machine (over SMB)</source>
        <translation>Clients on &amp;another machine (over SMB)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="174"/>
        <source>Show the model with clients on other machines, which a Windows named pipe allows and a FIFO does not</source>
        <translation>Show the model with clients on other machines, which a Windows named pipe allows and a FIFO does not</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="176"/>
        <source>Windows named pipe model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="177"/>
        <source>The Win32 calls a Windows named pipe server and its clients would make, with what each returns: a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Win32 call (model)</source>
        <translation>Win32 call (model)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="184"/>
        <source>Mode &apos;%1&apos; is not an octal mode such as 0600.</source>
        <translation>Mode &apos;%1&apos; is not an octal mode such as 0600.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="192"/>
        <source>A record of %1 bytes cannot be reassembled: above PIPE_BUF (4096) use a multiple of 4096, for example %2.</source>
        <translation>A record of %1 bytes cannot be reassembled: above PIPE_BUF (4096) use a multiple of 4096, for example %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="204"/>
        <source>pipescope-child was not found next to PipeScope, so no writer can run.</source>
        <translation>pipescope-child was not found next to PipeScope, so no writer can run.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="222"/>
        <source>Stopping: every writer is killed (SIGKILL) and reaped, then the FIFO is removed.</source>
        <translation>Stopping: every writer is killed (SIGKILL) and reaped, then the FIFO is removed.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="332"/>
        <source>Waiting for a writer to open: the reader&apos;s open(O_RDONLY) blocks until a writer opens the FIFO for writing, while the writer processes start.</source>
        <translation>Waiting for a writer to open: the reader&apos;s open(O_RDONLY) blocks until a writer opens the FIFO for writing, while the writer processes start.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="335"/>
        <source>Every writer has the FIFO open and stopped itself (SIGSTOP): their fd tables are read from /proc.</source>
        <translation>Every writer has the FIFO open and stopped itself (SIGSTOP): their fd tables are read from /proc.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="338"/>
        <source>Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.</source>
        <translation>Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="353"/>
        <source>%1 interleavings in %2 records, %3 bytes lost.</source>
        <translation>%1 interleavings in %2 records, %3 bytes lost.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="358"/>
        <source>The run failed: %1</source>
        <translation>The run failed: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="360"/>
        <source>Stopped: the writers were killed (SIGKILL) and reaped; %1 records had arrived.</source>
        <translation>Stopped: the writers were killed (SIGKILL) and reaped; %1 records had arrived.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="364"/>
        <source>Writer %1 was never started. %2</source>
        <translation>Writer %1 was never started. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="366"/>
        <source>Writer %1 (pid %2) was killed by %3. %4</source>
        <translation>Writer %1 (pid %2) was killed by %3. %4</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="371"/>
        <source>Writer %1 (pid %2) failed with exit status %3%4. %5</source>
        <translation>Writer %1 (pid %2) failed with exit status %3%4. %5</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="375"/>
        <source> before it had the FIFO open</source>
        <translation> before it had the FIFO open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="377"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="172"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="91"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="114"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="170"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="180"/>
        <source>known at end of file</source>
        <translation>known at end of file</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="184"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="188"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="103"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="89"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="98"/>
        <source>writer %1</source>
        <translation>writer %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="57"/>
        <source>FIFO writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="58"/>
        <source>One row per writer process: its pid, whether it is waiting, writing or done, and how many of its records the reader got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="93"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="103"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="102"/>
        <source>killed by %1</source>
        <translation>killed by %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="105"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="107"/>
        <source>blocked in open(O_WRONLY)</source>
        <translation>blocked in open(O_WRONLY)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="109"/>
        <source>stopped after its open</source>
        <translation>stopped after its open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="111"/>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="93"/>
        <source>no fd on the FIFO</source>
        <translation>no fd on the FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="102"/>
        <source>reader (PipeScope)</source>
        <translation>reader (PipeScope)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="110"/>
        <source>PipeScope (opened by hand)</source>
        <translation>PipeScope (opened by hand)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="116"/>
        <source>Every process that opens the FIFO is listed here with its fd, read from /proc/&lt;pid&gt;/fd and fdinfo once the writers have opened it.</source>
        <translation>Every process that opens the FIFO is listed here with its fd, read from /proc/&lt;pid&gt;/fd and fdinfo once the writers have opened it.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="119"/>
        <source>Processes holding the FIFO: %1. Every fd names the same path and the same inode %2. Writers were read while stopped right after their open; the reader is PipeScope.</source>
        <translation>Processes holding the FIFO: %1. Every fd names the same path and the same inode %2. Writers were read while stopped right after their open; the reader is PipeScope.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="125"/>
        <source>The fds name %1 different inodes.</source>
        <translation>The fds name %1 different inodes.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="275"/>
        <source>%1: removed, and its directory %2 with it</source>
        <translation>%1: removed, and its directory %2 with it</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="301"/>
        <source>The writers are gone and the FIFO and its private directory were removed.</source>
        <translation>The writers are gone and the FIFO and its private directory were removed.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="279"/>
        <source>No FIFO yet: Start makes one with mkfifo in a private directory (mkdtemp).</source>
        <translation>No FIFO yet: Start makes one with mkfifo in a private directory (mkdtemp).</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="159"/>
        <source>%1 is waiting for a writer to open the FIFO — %2 s so far.</source>
        <translation>%1 is waiting for a writer to open the FIFO — %2 s so far.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="160"/>
        <source>%1 is waiting for a reader to open the FIFO — %2 s so far.</source>
        <translation>%1 is waiting for a reader to open the FIFO — %2 s so far.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="163"/>
        <source>The thread sleeps in the kernel (wchan: wait_for_partner).</source>
        <translation>The thread sleeps in the kernel (wchan: wait_for_partner).</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="167"/>
        <source>%1 returned after %2 s: the other side opened the FIFO.</source>
        <translation>%1 returned after %2 s: the other side opened the FIFO.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="170"/>
        <source>%1 failed.</source>
        <translation>%1 failed.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="173"/>
        <source>%1 was given up.</source>
        <translation>%1 was given up.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="179"/>
        <source>fd %1 (%2%3)</source>
        <translation>fd %1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="181"/>
        <source>read end</source>
        <translation>read end</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="181"/>
        <source>write end</source>
        <translation>write end</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="185"/>
        <source>Held here: %1</source>
        <translation>Held here: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="200"/>
        <source>%1 returned fd %2 at once: a read end opens without waiting for a writer.</source>
        <translation>%1 returned fd %2 at once: a read end opens without waiting for a writer.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="204"/>
        <source>%1 returned fd %2: a reader has the FIFO open.</source>
        <translation>%1 returned fd %2: a reader has the FIFO open.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="210"/>
        <source>%1 failed at once with ENXIO (No such device or address): nobody has the FIFO open for reading. Without O_NONBLOCK the open would wait here instead.</source>
        <translation>%1 failed at once with ENXIO (No such device or address): nobody has the FIFO open for reading. Without O_NONBLOCK the open would wait here instead.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="232"/>
        <source>A thread called open(O_RDONLY): it returns once a writer opens, for instance with open(O_WRONLY | O_NONBLOCK) here.</source>
        <translation>A thread called open(O_RDONLY): it returns once a writer opens, for instance with open(O_WRONLY | O_NONBLOCK) here.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="234"/>
        <source>A thread called open(O_WRONLY): it returns once a reader opens, for instance with open(O_RDONLY | O_NONBLOCK) here.</source>
        <translation>A thread called open(O_WRONLY): it returns once a reader opens, for instance with open(O_RDONLY | O_NONBLOCK) here.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="245"/>
        <source>Every fd opened here is closed.</source>
        <translation>Every fd opened here is closed.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="143"/>
        <source>Mode &apos;%1&apos; is not an octal mode such as 0644.</source>
        <translation>Mode &apos;%1&apos; is not an octal mode such as 0644.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="154"/>
        <source>chmod %1: the next open(2) is checked against the new bits; fds already open keep working.</source>
        <translation>chmod %1: the next open(2) is checked against the new bits; fds already open keep working.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="174"/>
        <source>User nobody (uid %1) may open the FIFO for reading: mode %2 lets others read.</source>
        <translation>User nobody (uid %1) may open the FIFO for reading: mode %2 lets others read.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="183"/>
        <source>User nobody (uid %1): open(O_RDONLY) failed with EACCES (Permission denied): mode %2 does not let others read. Root was let through only because it is root.</source>
        <translation>User nobody (uid %1): open(O_RDONLY) failed with EACCES (Permission denied): mode %2 does not let others read. Root was let through only because it is root.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="193"/>
        <source>User nobody (uid %1): %2</source>
        <translation>User nobody (uid %1): %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="140"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="155"/>
        <source>Two FIFOs, one per direction: a2b and b2a</source>
        <translation>Two FIFOs, one per direction: a2b and b2a</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="156"/>
        <source>One socketpair(AF_UNIX, SOCK_STREAM): one fd per side, both ways</source>
        <translation>One socketpair(AF_UNIX, SOCK_STREAM): one fd per side, both ways</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="167"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="168"/>
        <source>peer</source>
        <translation>peer</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="169"/>
        <source>sent %1 bytes, %2 came back: %3</source>
        <translation>sent %1 bytes, %2 came back: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="172"/>
        <source>the same message</source>
        <translation>the same message</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="172"/>
        <source>NOT the same message</source>
        <translation>NOT the same message</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="175"/>
        <source>write(2) on the parent&apos;s read end of b2a: EBADF, because the parent opened it O_RDONLY. The real limit is that a FIFO is one byte queue: whatever is written, from either side, goes into the same queue, so two directions need two FIFOs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="178"/>
        <source>write(2) on the parent&apos;s read end of b2a: %1</source>
        <translation>write(2) on the parent&apos;s read end of b2a: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="181"/>
        <source>write(2) on the very fd the parent reads from: it succeeds — a socket goes both ways.</source>
        <translation>write(2) on the very fd the parent reads from: it succeeds — a socket goes both ways.</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="183"/>
        <source>write(2) on the very fd the parent reads from: %1</source>
        <translation>write(2) on the very fd the parent reads from: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="187"/>
        <source>A model of the Win32 calls, not a run. One server creates %1 instances of %2 with PIPE_ACCESS_DUPLEX: each client gets its own instance and talks both ways on one handle. Clients open %3%4. Security descriptor (SDDL): %5</source>
        <translation>A model of the Win32 calls, not a run. One server creates %1 instances of %2 with PIPE_ACCESS_DUPLEX: each client gets its own instance and talks both ways on one handle. Clients open %3%4. Security descriptor (SDDL): %5</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="192"/>
        <source> — over SMB from another machine, which a FIFO cannot do</source>
        <translation> — over SMB from another machine, which a FIFO cannot do</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="205"/>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="220"/>
        <source>A POSIX FIFO instead: %1</source>
        <translation>A POSIX FIFO instead: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="121"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="121"/>
        <source>Windows (run under Wine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="122"/>
        <source>Linux FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="127"/>
        <source>Many clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="128"/>
        <source>%1 instances made with nMaxInstances=3; a 4th CreateNamedPipeW: %2. With all three taken, a 4th client&apos;s CreateFileW: %3; WaitNamedPipeW(200 ms): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="132"/>
        <source>One FIFO for every writer: no instances, and nothing refuses a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="135"/>
        <source>client %1 (pid %2) read: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="139"/>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="140"/>
        <source>Each client wrote and then read its instance&apos;s answer on the same handle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="142"/>
        <source>A FIFO goes one way: an answer needs a second FIFO (the Duplex demo beside runs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="143"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="144"/>
        <source>Message mode, 200 and 50 bytes read 64 at a time: %1. Byte mode: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="146"/>
        <source>A byte stream: the boundaries are gone, as in byte mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="149"/>
        <source>Created with %1 (only SYSTEM); the handle holds %2; this user opened it: yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="152"/>
        <source>Created with %1 (only SYSTEM); the handle holds %2; this user opened it: no, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="156"/>
        <source>Wine does not enforce this ACL; Windows would refuse with ERROR_ACCESS_DENIED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="159"/>
        <source>The FIFO&apos;s mode bits, checked by the kernel at open(2); root bypasses them (the Permissions tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="161"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="162"/>
        <source>%1: opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="163"/>
        <source>%1: %2.</source>
        <translation type="unfinished">%1: %2. {1:?}</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="165"/>
        <source>Wine has no remote pipes; Windows would ask the host over SMB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="167"/>
        <source>None: a FIFO never crosses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="169"/>
        <source>Ran on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="181"/>
        <source>Windows named pipes, run under Wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="182"/>
        <source>What the note says of named pipes holds for Windows&apos; named pipes: run them for real (pipescope-trace.exe under Wine) beside the FIFO runs of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="185"/>
        <source>Run on Windows (Wine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="186"/>
        <source>Three instances and three client processes, message and byte mode, a security descriptor and a remote name, run under Wine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="190"/>
        <source>Windows named pipes, run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="191"/>
        <source>Per claim of the note: what the Windows run did and what a Linux FIFO has instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="193"/>
        <source>Running under Wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="200"/>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanComparePanel</name>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="170"/>
        <source>Choose a row to see what its mark means; a row with a recorded call shows that call in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="196"/>
        <source>No CPython Popen was recognised in this recording: there is no plan to set beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="197"/>
        <source>Record a Python program that calls subprocess.Popen to set it beside PipeScope&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="214"/>
        <source>&amp;Popen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="215"/>
        <source>The recognised Popen calls, in the order they started their child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="220"/>
        <source>%1: process %2 started %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="226"/>
        <source>PipeScope&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="226"/>
        <source>What CPython did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="227"/>
        <source>What the chosen row means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="228"/>
        <source>The plan beside the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="229"/>
        <source>Each row: a step of PipeScope&apos;s plan, the recorded call that did it, and whether they differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="159"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="161"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="163"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="165"/>
        <source>What it does and why</source>
        <translation>What it does and why</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="167"/>
        <source>Real fds (last run)</source>
        <translation>Real fds (last run)</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="41"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="46"/>
        <source>Full screen with large text for a classroom: the diagram and the step bar only (F11; Esc leaves).</source>
        <translation>Full screen with large text for a classroom: the diagram and the step bar only (F11; Esc leaves).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="81"/>
        <source>Leave Presenter Mode</source>
        <translation>Leave Presenter Mode</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="84"/>
        <source>Back to the full window (Esc or F11).</source>
        <translation>Back to the full window (Esc or F11).</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="16"/>
        <source>Seed demo: stdin=PIPE, stdout=PIPE</source>
        <translation>Seed demo: stdin=PIPE, stdout=PIPE</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="17"/>
        <source>The note&apos;s parent.py and child.py: the parent writes ten lines into the child&apos;s stdin and reads what it prints.</source>
        <translation>The note&apos;s parent.py and child.py: the parent writes ten lines into the child&apos;s stdin and reads what it prints.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="20"/>
        <source>stdin not PIPE (AttributeError: write)</source>
        <translation>stdin not PIPE (AttributeError: write)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="21"/>
        <source>stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises AttributeError.</source>
        <translation>stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises AttributeError.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="24"/>
        <source>stdout not PIPE (AttributeError: readline)</source>
        <translation>stdout not PIPE (AttributeError: readline)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="25"/>
        <source>stdout=None: the child writes to the parent&apos;s own stdout, proc.stdout is None and proc.stdout.readline() raises AttributeError.</source>
        <translation>stdout=None: the child writes to the parent&apos;s own stdout, proc.stdout is None and proc.stdout.readline() raises AttributeError.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="28"/>
        <source>stderr=STDOUT</source>
        <translation>stderr=STDOUT</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="29"/>
        <source>stderr=STDOUT: the child&apos;s fd 2 becomes a second copy of the stdout pipe&apos;s write end.</source>
        <translation>stderr=STDOUT: the child&apos;s fd 2 becomes a second copy of the stdout pipe&apos;s write end.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="31"/>
        <source>DEVNULL</source>
        <translation>DEVNULL</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="32"/>
        <source>stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared.</source>
        <translation>stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="33"/>
        <source>stdout to a file</source>
        <translation>stdout to a file</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="34"/>
        <source>stdout goes to the file pipescope-stdout.txt in the temporary folder: the parent opens the file, the child&apos;s fd 1 refers to it.</source>
        <translation>stdout goes to the file pipescope-stdout.txt in the temporary folder: the parent opens the file, the child&apos;s fd 1 refers to it.</translation>
    </message>
</context>
<context>
    <name>ProcessDiagram</name>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="94"/>
        <source>Processes and pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="157"/>
        <source>Record a program to see its processes and their pipes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="190"/>
        <source>no pipe ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="201"/>
        <source>fd %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonPanel</name>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="142"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="143"/>
        <source>Copy the program shown to the clipboard.</source>
        <translation>Copy the program shown to the clipboard.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="144"/>
        <source>Run in P&amp;ython</source>
        <translation>Run in P&amp;ython</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="145"/>
        <source>Write parent.py and child.py to a temporary folder and run python3 parent.py: the note&apos;s pattern, which writes everything and then reads. PipeScope&apos;s Run talks to the child as communicate() does, like python3 parent.py communicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="148"/>
        <source>The equivalent Python program, read-only.</source>
        <translation>The equivalent Python program, read-only.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="149"/>
        <source>What python3 printed: the program&apos;s output, then its stderr (a traceback, if any).</source>
        <translation>What python3 printed: the program&apos;s output, then its stderr (a traceback, if any).</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="152"/>
        <source>Press Run in Python to see what the real python3 does.</source>
        <translation>Press Run in Python to see what the real python3 does.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="272"/>
        <source>PipeScope&apos;s own run: not run yet (Run, F5).</source>
        <translation>PipeScope&apos;s own run: not run yet (Run, F5).</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="252"/>
        <source>PipeScope expects no error: every stream the program uses is a PIPE.</source>
        <translation>PipeScope expects no error: every stream the program uses is a PIPE.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="136"/>
        <source>parent.py is the Popen program for this configuration; child.py is the seed&apos;s child, written for PipeScope. Unlike the note&apos;s child.py it ends at end-of-file: the note&apos;s loop never checks for the &apos;&apos; that readline() returns there, so it would print for ever. The note&apos;s own two files are here too, to run as the note writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="140"/>
        <source>the note&apos;s parent.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="141"/>
        <source>the note&apos;s child.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="150"/>
        <source>Python program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="151"/>
        <source>What python3 printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="243"/>
        <source>PipeScope expects the note&apos;s demo to hang: child.py&apos;s prints stay in Python&apos;s buffer because its stdout is a pipe, parent.py&apos;s readline() waits for them, and after ten lines child.py waits for more input that never comes. Run in Python kills it after %n second(s).</source>
        <translation>
            <numerusform>PipeScope expects the note&apos;s demo to hang: child.py&apos;s prints stay in Python&apos;s buffer because its stdout is a pipe, parent.py&apos;s readline() waits for them, and after ten lines child.py waits for more input that never comes. Run in Python kills it after %n second.</numerusform>
            <numerusform>PipeScope expects the note&apos;s demo to hang: child.py&apos;s prints stay in Python&apos;s buffer because its stdout is a pipe, parent.py&apos;s readline() waits for them, and after ten lines child.py waits for more input that never comes. Run in Python kills it after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="255"/>
        <source>PipeScope expects: %1</source>
        <translation>PipeScope expects: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="257"/>
        <source>(Python stops at the first error; the next would be: %1)</source>
        <translation>(Python stops at the first error; the next would be: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="271"/>
        <source>PipeScope&apos;s own run: %1</source>
        <translation>PipeScope&apos;s own run: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="282"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="311"/>
        <source>Cannot write the program to a temporary folder.</source>
        <translation>Cannot write the program to a temporary folder.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="285"/>
        <source>Running %1 parent.py …</source>
        <translation>Running %1 parent.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="288"/>
        <source>python3 was not found.</source>
        <translation>python3 was not found.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="314"/>
        <source>Cannot start &apos;%1&apos;: is python3 installed?</source>
        <translation>Cannot start &apos;%1&apos;: is python3 installed?</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="319"/>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="291"/>
        <source>python3 did not finish in time and was killed.</source>
        <translation>python3 did not finish in time and was killed.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="294"/>
        <source>python3 crashed.</source>
        <translation>python3 crashed.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="297"/>
        <source>python3 exited with status %1.</source>
        <translation>python3 exited with status %1.</translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="87"/>
        <source>parent.py, generated by PipeScope: the note&apos;s parent.py for this configuration.</source>
        <translation>parent.py, generated by PipeScope: the note&apos;s parent.py for this configuration.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="88"/>
        <source>python3 parent.py: the note&apos;s pattern (write everything, then read), which can deadlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="89"/>
        <source>python3 parent.py communicate: Popen.communicate(), as PipeScope&apos;s Run does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="148"/>
        <source>communicate(): writes the input, closes stdin, and reads stdout and stderr at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="150"/>
        <source>until end-of-file, then waits. It cannot deadlock on a full pipe. PipeScope&apos;s Run does this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="167"/>
        <source>The note&apos;s pattern: write all the input, then read stdout to end-of-file, then stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="168"/>
        <source>It can deadlock: if the child fills the stdout or stderr pipe while the parent is still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="169"/>
        <source>writing, or fills stderr while the parent reads stdout, each waits for the other for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="170"/>
        <source>(the Live tab shows it). &apos;python3 parent.py communicate&apos; runs the variant that cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="172"/>
        <source>If stdin is not subprocess.PIPE, child_p.stdin is None and the next line raises</source>
        <translation>If stdin is not subprocess.PIPE, child_p.stdin is None and the next line raises</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="77"/>
        <source>%1 bytes: numbered lines of 64 bytes, as PipeScope writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="188"/>
        <source>end-of-file for the child: its readline() returns &apos;&apos;</source>
        <translation>end-of-file for the child: its readline() returns &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="191"/>
        <source>If stdout is not subprocess.PIPE, child_p.stdout is None and the next line raises</source>
        <translation>If stdout is not subprocess.PIPE, child_p.stdout is None and the next line raises</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="195"/>
        <source>b&apos;&apos;: every write end is closed, the child has ended</source>
        <translation>b&apos;&apos;: every write end is closed, the child has ended</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="202"/>
        <source>Never leave the child behind: it gets 10 seconds to end, then it is killed.</source>
        <translation>Never leave the child behind: it gets 10 seconds to end, then it is killed.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="219"/>
        <source>stdin is not PIPE: the parent holds no write end, so child_p.stdin is None and child_p.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin is not PIPE: the parent holds no write end, so child_p.stdin is None and child_p.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="222"/>
        <source>stdout is not PIPE: the parent holds no read end, so child_p.stdout is None and child_p.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>stdout is not PIPE: the parent holds no read end, so child_p.stdout is None and child_p.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="69"/>
        <source>killed by %1</source>
        <translation type="unfinished">killed by %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="69"/>
        <source>exit %1</source>
        <translation type="unfinished">exit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="74"/>
        <source>write end</source>
        <translation type="unfinished">write end</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="74"/>
        <source>read end</source>
        <translation type="unfinished">read end</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="81"/>
        <source>--- %1 delivered ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="103"/>
        <source>Process %1&apos;s %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="109"/>
        <source>Process %1 wrote to fd %2, but no process holds the pipe&apos;s read end any more: the write failed with EPIPE. The process gets SIGPIPE too, which ends it unless it ignores or handles the signal (Python ignores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="114"/>
        <source>Process %1 could not run %2: %3. It still runs its old program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="123"/>
        <source>Process %1 made a pipe: fd %2 is its read end, fd %3 its write end. Bytes written to the write end come out of the read end, in one direction only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="129"/>
        <source>Process %1 called dup2 with the same fd twice: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="134"/>
        <source>Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before). Both now refer to the same open file; a program started by exec will find it as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="141"/>
        <source>Process %1 marked fd %2 close-on-exec: a successful exec will close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="143"/>
        <source>Process %1 cleared close-on-exec on fd %2: it stays open across exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="146"/>
        <source>Process %1 set the capacity of the pipe behind fd %2 to %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="153"/>
        <source>Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="156"/>
        <source>Process %1 copied fd %2 to the lowest free fd, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="162"/>
        <source>Process %1 closed fd %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="169"/>
        <source>No process holds the pipe&apos;s write end any more: once the pipe is empty, a read from it returns 0, end of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="173"/>
        <source>No process holds the pipe&apos;s read end any more: a write to it now fails with EPIPE and raises SIGPIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="177"/>
        <source>The pipe&apos;s %1 is still held through %n other fd(s).</source>
        <translation>
            <numerusform>The pipe&apos;s %1 is still held through %n other fd.</numerusform>
            <numerusform>The pipe&apos;s %1 is still held through %n other fds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="187"/>
        <source>Process %1 closed every fd from %2 to %3 in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="186"/>
        <location filename="../app/gui/text/recordingtext.cpp" line="190"/>
        <source>the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="131"/>
        <source>Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before), marked close-on-exec: an exec will close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="149"/>
        <source>Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up, marked close-on-exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="183"/>
        <source>Process %1 marked every fd from %2 to %3 close-on-exec in one call: they close at its exec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="195"/>
        <source>Process %1 opened the FIFO %2 as fd %3: a named pipe, found by its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="197"/>
        <source>Process %1 opened %2 as fd %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="200"/>
        <source>Process %1 made the FIFO %2: a pipe with a name in the file system, which any process permitted to open the path can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="204"/>
        <source>Process %1 made a pair of connected sockets: fds %2 and %3, both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="209"/>
        <source>Process %1 forked process %2: the child starts with a copy of every fd the parent has, each referring to the same pipe end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="214"/>
        <source>Process %1 started process %2 with vfork: the child gets a copy of the fds and shares the parent&apos;s memory; the parent waits until the child execs or exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="221"/>
        <source>Process %1 started a thread (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="223"/>
        <source>Process %1 started process %2 the way posix_spawn does (clone with CLONE_VM|CLONE_VFORK): the child gets a copy of the fds; the parent waits until it execs or exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="228"/>
        <source>Process %1 started process %2 with clone, sharing its fd table (CLONE_FILES): an fd opened or closed by either is opened or closed for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="233"/>
        <source>Process %1 started process %2 with clone: the child gets a copy of the fds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="236"/>
        <source>Process %1 now runs %2. The fds marked close-on-exec were closed; every other fd stays open, with the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="241"/>
        <source>Process %1 learned that process %2 ended, stopped or continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="242"/>
        <source>Process %1 collected the exit status of process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="243"/>
        <source>Process %1 asked for a child&apos;s exit status; none had ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="245"/>
        <source>Process %1 waited for a child with waitid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="248"/>
        <source>Process %1 sent %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="254"/>
        <source>Process %1 read from fd %2 and got 0: end of file, since no process holds the pipe&apos;s write end any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="257"/>
        <source>Process %1 read %n byte(s) from fd %2.</source>
        <translation>
            <numerusform>Process %1 read %n byte from fd %2.</numerusform>
            <numerusform>Process %1 read %n bytes from fd %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="261"/>
        <source>Process %1 wrote %n byte(s) to fd %2.</source>
        <translation>
            <numerusform>Process %1 wrote %n byte to fd %2.</numerusform>
            <numerusform>Process %1 wrote %n bytes to fd %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="264"/>
        <source>Process %1 moved %n byte(s) from fd %2 to fd %3 inside the kernel.</source>
        <translation>
            <numerusform>Process %1 moved %n byte from fd %2 to fd %3 inside the kernel.</numerusform>
            <numerusform>Process %1 moved %n bytes from fd %2 to fd %3 inside the kernel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="271"/>
        <source>Process %1 got SIGPIPE: it wrote to a pipe that no process can read any more. Unless it ignores or handles the signal, SIGPIPE ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="274"/>
        <source>Process %1 got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="276"/>
        <source>Process %1 ended (%2). The kernel closed every fd it still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="288"/>
        <source>fd %1: %2 of pipe %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="293"/>
        <source>Process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="296"/>
        <source>no pipe ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioIo</name>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="109"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>Cannot open &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="113"/>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="118"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it is far too large.</source>
        <translation>&apos;%1&apos; is not a PipeScope scenario: it is far too large.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="145"/>
        <source>Cannot save &apos;%1&apos;: %2.</source>
        <translation>Cannot save &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="156"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it is not valid JSON.</source>
        <translation>&apos;%1&apos; is not a PipeScope scenario: it is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="158"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it has no &quot;format&quot;: &quot;pipescope-scenario&quot;.</source>
        <translation>&apos;%1&apos; is not a PipeScope scenario: it has no &quot;format&quot;: &quot;pipescope-scenario&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="160"/>
        <source>&apos;%1&apos; is a scenario of another format version: this PipeScope reads version %2.</source>
        <translation>&apos;%1&apos; is a scenario of another format version: this PipeScope reads version %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="164"/>
        <source>&apos;%1&apos; is incomplete: %2 is missing.</source>
        <translation>&apos;%1&apos; is incomplete: %2 is missing.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="166"/>
        <source>&apos;%1&apos; is malformed: %2 has the wrong type.</source>
        <translation>&apos;%1&apos; is malformed: %2 has the wrong type.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="168"/>
        <source>&apos;%1&apos; is malformed: the value of %2 is not allowed.</source>
        <translation>&apos;%1&apos; is malformed: the value of %2 is not allowed.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="170"/>
        <source>&apos;%1&apos; is malformed: it stands at step %2, but its plan has steps %3 to %4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="176"/>
        <source>&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</source>
        <translation>&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="180"/>
        <source>&apos;%1&apos; is malformed: %2 is not a field of a scenario.</source>
        <translation>&apos;%1&apos; is malformed: %2 is not a field of a scenario.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="182"/>
        <source>&apos;%1&apos; is not a PipeScope scenario.</source>
        <translation>&apos;%1&apos; is not a PipeScope scenario.</translation>
    </message>
</context>
<context>
    <name>SourceLocator</name>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="292"/>
        <source>This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python source only hands it the fds highlighted here.</source>
        <translation>This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python source only hands it the fds highlighted here.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="295"/>
        <source>No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it on the caller&apos;s behalf, so it closes it here.</source>
        <translation>No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it on the caller&apos;s behalf, so it closes it here.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="298"/>
        <source>Popen(pipesize=…) is only used on Python 3.10 and later.</source>
        <translation>Popen(pipesize=…) is only used on Python 3.10 and later.</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="103"/>
        <source>subprocess.py, read-only. The highlighted lines carry out the current step.</source>
        <translation>subprocess.py, read-only. The highlighted lines carry out the current step.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="104"/>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="257"/>
        <source>Looking for python3&apos;s subprocess.py …</source>
        <translation>Looking for python3&apos;s subprocess.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="105"/>
        <source>subprocess.py</source>
        <translation type="unfinished">subprocess.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="208"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) with os.posix_spawn(), not by the path the steps show: no errpipe, no dup-away and no _close_open_fds; the C library does the closes and dup2s in the child it makes. The steps show _posixsubprocess.fork_exec, which CPython uses whenever posix_spawn does not apply, because each of its calls can be watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="216"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) by the path the steps show, _posixsubprocess.fork_exec, with vfork() in place of fork().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="222"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) by the path the steps show: _posixsubprocess.fork_exec with fork().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="259"/>
        <source>No python3 found: this is an annotated excerpt written for PipeScope, not CPython&apos;s subprocess.py. It follows the same structure, so the same lines light up.</source>
        <translation>No python3 found: this is an annotated excerpt written for PipeScope, not CPython&apos;s subprocess.py. It follows the same structure, so the same lines light up.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="264"/>
        <source>subprocess.py of python3 %1: %2</source>
        <translation>subprocess.py of python3 %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="323"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="324"/>
        <source>lines %1–%2</source>
        <translation>lines %1–%2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="325"/>
        <source>Current step (%1): %2.</source>
        <translation>Current step (%1): %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="326"/>
        <source>Current step (%1): %2. %3</source>
        <translation>Current step (%1): %2. %3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="328"/>
        <source>Current step (%1): no line of its own in this subprocess.py.</source>
        <translation>Current step (%1): no line of its own in this subprocess.py.</translation>
    </message>
</context>
<context>
    <name>SteppingPage</name>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="116"/>
        <source>Nothing read yet: press Run.</source>
        <translation>Nothing read yet: press Run.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="118"/>
        <source>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="123"/>
        <source>%1=DEVNULL: whatever the child writes is thrown away.</source>
        <translation>%1=DEVNULL: whatever the child writes is thrown away.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="125"/>
        <source>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</source>
        <translation>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="127"/>
        <source>%1 goes to the file &apos;%2&apos;.</source>
        <translation>%1 goes to the file &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="129"/>
        <source>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</source>
        <translation>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="551"/>
        <source>The parent and the child as they really are after the current step: every fd with its real number, wired to the pipe, terminal, file or /dev/null it refers to.</source>
        <translation>The parent and the child as they really are after the current step: every fd with its real number, wired to the pipe, terminal, file or /dev/null it refers to.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="553"/>
        <source>Built-in scenarios: the seed&apos;s demo and the classic variations around it.</source>
        <translation>Built-in scenarios: the seed&apos;s demo and the classic variations around it.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="565"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="566"/>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="568"/>
        <source>F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, closes it and reads its output, as Popen.communicate() does.</source>
        <translation>F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, closes it and reads its output, as Popen.communicate() does.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="570"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="571"/>
        <source>Kill the running child. It is reaped, never left behind as a zombie.</source>
        <translation>Kill the running child. It is reaped, never left behind as a zombie.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="572"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="573"/>
        <source>→: make the next call of the plan for real, then read both fd tables from /proc.</source>
        <translation>→: make the next call of the plan for real, then read both fd tables from /proc.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="574"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="576"/>
        <source>←: go back one step. The setup is re-run for real from the start up to the step before, with a new child: what you see is never a rewound picture.</source>
        <translation>←: go back one step. The setup is re-run for real from the start up to the step before, with a new child: what you see is never a rewound picture.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="578"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="580"/>
        <source>R: back to before the first step. A stopped child is killed and reaped; every fd is closed.</source>
        <translation>R: back to before the first step. A stopped child is killed and reaped; every fd is closed.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="581"/>
        <source>Space: step on by itself at the chosen speed; Space again pauses.</source>
        <translation>Space: step on by itself at the chosen speed; Space again pauses.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="582"/>
        <source>Speed of the animations and of Play: left is slower, right is faster.</source>
        <translation>Speed of the animations and of Play: left is slower, right is faster.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="583"/>
        <source>S&amp;peed:</source>
        <translation>S&amp;peed:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="584"/>
        <source>&amp;Animations</source>
        <translation>&amp;Animations</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="585"/>
        <source>Animate each step in the diagram. Off: every change shows at once.</source>
        <translation>Animate each step in the diagram. Off: every change shows at once.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="586"/>
        <source>Lens:</source>
        <translation>Lens:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="587"/>
        <source>POSIX (runs here)</source>
        <translation>POSIX (runs here)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="588"/>
        <source>The plan in POSIX terms: exactly what PipeScope executes on this machine.</source>
        <translation>The plan in POSIX terms: exactly what PipeScope executes on this machine.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="589"/>
        <source>Windows (a model)</source>
        <translation>Windows (a model)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="593"/>
        <source>&amp;Leave Replay</source>
        <translation>&amp;Leave Replay</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="594"/>
        <source>Back to the live session: the configuration and step it had before the replay.</source>
        <translation>Back to the live session: the configuration and step it had before the replay.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="597"/>
        <source>The parent&apos;s real fd table after the current step, read from /proc: fds 0-2 and those this session opened.</source>
        <translation>The parent&apos;s real fd table after the current step, read from /proc: fds 0-2 and those this session opened.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="600"/>
        <source>The child&apos;s real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for the next step.</source>
        <translation>The child&apos;s real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for the next step.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="602"/>
        <source>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="604"/>
        <source>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="610"/>
        <source>Parent&apos;s fds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="649"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="649"/>
        <source>What the parent read from the child&apos;s pipes, and how the child ended.</source>
        <translation>What the parent read from the child&apos;s pipes, and how the child ended.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="650"/>
        <source>subprocess.py</source>
        <translation>subprocess.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="651"/>
        <source>The real subprocess.py of this machine&apos;s python3, with the lines of the current step highlighted.</source>
        <translation>The real subprocess.py of this machine&apos;s python3, with the lines of the current step highlighted.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="652"/>
        <source>Equivalent Python</source>
        <translation>Equivalent Python</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="653"/>
        <source>The same configuration as a Python program in the shape of the seed&apos;s parent.py, runnable with the real python3.</source>
        <translation>The same configuration as a Python program in the shape of the seed&apos;s parent.py, runnable with the real python3.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="606"/>
        <source>Everything done so far, in order, with the real fd numbers and pids.</source>
        <translation>Everything done so far, in order, with the real fd numbers and pids.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="608"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="655"/>
        <source>Trace log</source>
        <translation>Trace log</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="655"/>
        <source>Every event of the steps and the run, in order.</source>
        <translation>Every event of the steps and the run, in order.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="656"/>
        <source>L&amp;ive</source>
        <translation>L&amp;ive</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="657"/>
        <source>Ctrl+L: run a scenario for real and watch its bytes: a console, the byte flow, how full each pipe is, who is blocked. The diagram shows the same pipes live.</source>
        <translation>Ctrl+L: run a scenario for real and watch its bytes: a console, the byte flow, how full each pipe is, who is blocked. The diagram shows the same pipes live.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1021"/>
        <source>Live: the child runs %1</source>
        <translation>Live: the child runs %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1007"/>
        <source>Live run of %1 (pid %2): the bytes move in the diagram and in the Live tab.</source>
        <translation>Live run of %1 (pid %2): the bytes move in the diagram and in the Live tab.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1027"/>
        <source>killed by Cancel (SIGKILL), reaped</source>
        <translation>killed by Cancel (SIGKILL), reaped</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1029"/>
        <source>killed by signal %1 (%2)</source>
        <translation>killed by signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1030"/>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1016"/>
        <source>Live run over: the child %1.</source>
        <translation>Live run over: the child %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="661"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="661"/>
        <source>The plan&apos;s calls, one per step, with what the current one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="662"/>
        <source>Streams</source>
        <translation type="unfinished">Streams</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="663"/>
        <source>What the child&apos;s stdin, stdout and stderr get, the command and the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="664"/>
        <source>fd tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="664"/>
        <source>The parent&apos;s and the child&apos;s real fd tables, read from /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1205"/>
        <source>Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded step(s).</source>
        <translation>
            <numerusform>Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded step(s).</numerusform>
            <numerusform>Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded step(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1233"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1262"/>
        <source>Parent&apos;s fds (pid %1)</source>
        <translation>Parent&apos;s fds (pid %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1237"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1244"/>
        <source>Child&apos;s fds after exec (pid %1)</source>
        <translation>Child&apos;s fds after exec (pid %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1238"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1268"/>
        <source>Child&apos;s fds (pid %1, gone)</source>
        <translation>Child&apos;s fds (pid %1, gone)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1247"/>
        <source>Read from /proc/%1/fd when the parent took the child over, before it wrote any input.</source>
        <translation>Read from /proc/%1/fd when the parent took the child over, before it wrote any input.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1251"/>
        <source>The child&apos;s fd table could not be read: it had already exited.</source>
        <translation>The child&apos;s fd table could not be read: it had already exited.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1262"/>
        <source>Parent&apos;s fds (recorded)</source>
        <translation>Parent&apos;s fds (recorded)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1264"/>
        <source>Child&apos;s fds (pid %1), %n hidden</source>
        <translation>
            <numerusform>Child&apos;s fds (pid %1), %n hidden</numerusform>
            <numerusform>Child&apos;s fds (pid %1), %n hidden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1266"/>
        <source>Child&apos;s fds (pid %1)</source>
        <translation>Child&apos;s fds (pid %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="612"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1270"/>
        <source>Child&apos;s fds</source>
        <translation>Child&apos;s fds</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="590"/>
        <source>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess, as a model over the POSIX run; Run on Windows (Wine) makes the calls for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1224"/>
        <source>Windows lens: %n step(s) in the Win32 model. Step and Run execute the POSIX plan and the model highlights the corresponding call; Run on Windows (Wine) makes the Win32 calls for real.</source>
        <translation>
            <numerusform>Windows lens: %n step in the Win32 model. Step and Run execute the POSIX plan and the model highlights the corresponding call; Run on Windows (Wine) makes the Win32 calls for real.</numerusform>
            <numerusform>Windows lens: %n steps in the Win32 model. Step and Run execute the POSIX plan and the model highlights the corresponding call; Run on Windows (Wine) makes the Win32 calls for real.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1272"/>
        <source>The child has ended: there is no table to read.</source>
        <translation>The child has ended: there is no table to read.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1273"/>
        <source>No child yet: fork() creates it.</source>
        <translation>No child yet: fork() creates it.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1295"/>
        <source>Exit status: the child never ran the program</source>
        <translation>Exit status: the child never ran the program</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1297"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1299"/>
        <source>Exit status: %1</source>
        <translation>Exit status: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1301"/>
        <source>Exit status: not run yet</source>
        <translation>Exit status: not run yet</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1317"/>
        <source>Replay: before the first step.</source>
        <translation>Replay: before the first step.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1320"/>
        <source>Replay: step %1 of %2: %3.</source>
        <translation>Replay: step %1 of %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1322"/>
        <source>The recorded child: %1.</source>
        <translation>The recorded child: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1332"/>
        <source>Ready: nothing has run yet. Step (→) makes the plan&apos;s calls one at a time, for real; Run (F5) makes them all and then talks to the child.</source>
        <translation>Ready: nothing has run yet. Step (→) makes the plan&apos;s calls one at a time, for real; Run (F5) makes them all and then talks to the child.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1337"/>
        <source>All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the input and reads the output, as communicate() does.</source>
        <translation>All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the input and reads the output, as communicate() does.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1346"/>
        <source>Step %1 of %2 done: %3.</source>
        <translation>Step %1 of %2 done: %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1395"/>
        <source>Step %1 waits: open(%2) blocks until another process opens the FIFO&apos;s other end. Reset or Stop cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1399"/>
        <source>Waiting: open(%1) blocks until another process opens the FIFO&apos;s other end. Reset or Stop cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1423"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1431"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1424"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1440"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1431"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1440"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1448"/>
        <source>Running %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1465"/>
        <source>stdout (read from c2pread)</source>
        <translation>stdout (read from c2pread)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1466"/>
        <source>stderr (read from errread)</source>
        <translation>stderr (read from errread)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1474"/>
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n byte</numerusform>
            <numerusform>%1: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1476"/>
        <source>(only the first %n byte(s) shown)</source>
        <translation>
            <numerusform>(only the first %n byte shown)</numerusform>
            <numerusform>(only the first %n bytes shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1501"/>
        <source>the child %1; the parent read %n byte(s) from its stdout.</source>
        <translation>
            <numerusform>the child %1; the parent read %n byte(s) from its stdout.</numerusform>
            <numerusform>the child %1; the parent read %n byte(s) from its stdout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1520"/>
        <source>Child pid %1: %2.</source>
        <translation>Child pid %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1523"/>
        <source>Its stdin was closed (the child closed fd 0 or exited) before all input was written: the parent&apos;s write() got a broken pipe (EPIPE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="99"/>
        <source>MODEL — Step and Run execute the POSIX plan; highlighted: the Win32 call that matches the POSIX step just done. Run on Windows (Wine) makes these calls for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="101"/>
        <source>Run on Windows (Wine)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="102"/>
        <source>Run this configuration as Popen&apos;s Windows branch under Wine: every Win32 call with its real HANDLE values, and both processes&apos; real handle tables after each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="104"/>
        <source>Run on Windows (Wine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="106"/>
        <source>Popen&apos;s handle setup, one call per row, in the order it runs. The step just done is bold; select any step to read about it.</source>
        <translation>Popen&apos;s handle setup, one call per row, in the order it runs. The step just done is bold; select any step to read about it.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="108"/>
        <source>The selected step: what the call does and why Popen makes it there.</source>
        <translation>The selected step: what the call does and why Popen makes it there.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="109"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="111"/>
        <source>Step explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/stepspanel.cpp" line="132"/>
        <source>Steps on Windows (a model, %n call(s))</source>
        <translation>
            <numerusform>Steps on Windows (a model, %n call(s))</numerusform>
            <numerusform>Steps on Windows (a model, %n call(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/stepspanel.cpp" line="134"/>
        <source>Steps: none done yet, %n planned</source>
        <translation>
            <numerusform>Steps: none done yet, %n planned</numerusform>
            <numerusform>Steps: none done yet, %n planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="136"/>
        <source>Steps: %1 of %2 done</source>
        <translation>Steps: %1 of %2 done</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="178"/>
        <source>open() waits for a writer: %1 is a FIFO, and opening a FIFO for reading blocks until another process opens it for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="181"/>
        <source>open() waits for a reader: %1 is a FIFO, and opening a FIFO for writing blocks until another process opens it for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="187"/>
        <source>In the kernel, PipeScope&apos;s thread sleeps in %1 (read from its /proc/self/task/&lt;tid&gt;/wchan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="194"/>
        <source>Open the other end (e.g. %1 in a terminal) and the open() returns; Reset or Stop cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="207"/>
        <source>The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no error pipe, no fork and no close-on-exec.</source>
        <translation>The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no error pipe, no fork and no close-on-exec.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="213"/>
        <source>Select a step to read what it does and why.</source>
        <translation>Select a step to read what it does and why.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="223"/>
        <source>Step %1 of %2 — waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="225"/>
        <source>Win32 counterpart of the step just done (%1 of %2)</source>
        <translation>Win32 counterpart of the step just done (%1 of %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="226"/>
        <source>Step %1 of %2 — just done</source>
        <translation>Step %1 of %2 — just done</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="228"/>
        <source>Next: step 1 of %1 — press Step (→) to make this call for real</source>
        <translation>Next: step 1 of %1 — press Step (→) to make this call for real</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="230"/>
        <source>Next: step %1 of %2</source>
        <translation>Next: step %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="232"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="242"/>
        <source>Really: %1</source>
        <translation>Really: %1</translation>
    </message>
</context>
<context>
    <name>StreamEditor</name>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="103"/>
        <source>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</source>
        <translation>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="113"/>
        <source>None: the child inherits the parent&apos;s own %1. On POSIX no new fd is made; on Windows, unless all three streams are None, GetStdHandle and DuplicateHandle make an inheritable copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="116"/>
        <source>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</source>
        <translation>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="117"/>
        <source>DEVNULL: /dev/null, which reads as empty and discards writes.</source>
        <translation>DEVNULL: /dev/null, which reads as empty and discards writes.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="118"/>
        <source>An fd number the parent already has open, passed on as it is.</source>
        <translation>An fd number the parent already has open, passed on as it is.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="122"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="120"/>
        <source>A file the child reads as its stdin.</source>
        <translation>A file the child reads as its stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="121"/>
        <source>A file the child&apos;s output goes to.</source>
        <translation>A file the child&apos;s output goes to.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="123"/>
        <source>STDOUT: stderr goes wherever stdout goes.</source>
        <translation>STDOUT: stderr goes wherever stdout goes.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="125"/>
        <source>The fd number to pass as %1. It must be open in PipeScope when you run.</source>
        <translation>The fd number to pass as %1. It must be open in PipeScope when you run.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="126"/>
        <source>fd number:</source>
        <translation>fd number:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="127"/>
        <source>path of the file</source>
        <translation>path of the file</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="128"/>
        <source>Path of the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="129"/>
        <source>The file the child reads as stdin.</source>
        <translation>The file the child reads as stdin.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="130"/>
        <source>The file the child&apos;s %1 is written to.</source>
        <translation>The file the child&apos;s %1 is written to.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="131"/>
        <source>Choose the file for %1</source>
        <translation>Choose the file for %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="132"/>
        <source>append</source>
        <translation>append</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="133"/>
        <source>Open the file with O_APPEND instead of truncating it.</source>
        <translation>Open the file with O_APPEND instead of truncating it.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="188"/>
        <source>File for %1</source>
        <translation>File for %1</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="38"/>
        <source>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</source>
        <translation>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="42"/>
        <source>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</source>
        <translation>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="44"/>
        <source>Prints its own open fds as one line of JSON.</source>
        <translation>Prints its own open fds as one line of JSON.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="45"/>
        <source>Writes a line to stderr and &quot;ok&quot; to stdout.</source>
        <translation>Writes a line to stderr and &quot;ok&quot; to stdout.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="46"/>
        <source>Sleeps SECONDS, then exits with status 0.</source>
        <translation>Sleeps SECONDS, then exits with status 0.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="47"/>
        <source>Exits at once with status N.</source>
        <translation>Exits at once with status N.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="48"/>
        <source>Copies stdin to stdout byte for byte.</source>
        <translation>Copies stdin to stdout byte for byte.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="49"/>
        <source>Closes its stdout at once, then sleeps SECONDS.</source>
        <translation>Closes its stdout at once, then sleeps SECONDS.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="51"/>
        <source>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</source>
        <translation>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="55"/>
        <source>Prints --lines=N lines (4) with C stdio, odd ones to stdout and even ones to stderr; --buffering=none makes stdout unbuffered. With stderr=STDOUT the order they arrive in shows the buffering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="228"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="230"/>
        <source>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</source>
        <translation>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="231"/>
        <source>= PIPE:</source>
        <translation>= PIPE:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="233"/>
        <source>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</source>
        <translation>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="236"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="237"/>
        <source>The child to run: a mode of the demo child pipescope-child, or any other program.</source>
        <translation>The child to run: a mode of the demo child pipescope-child, or any other program.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="240"/>
        <source>Other program</source>
        <translation>Other program</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="241"/>
        <source>Any program with its arguments, typed below.</source>
        <translation>Any program with its arguments, typed below.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="246"/>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="249"/>
        <source>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</source>
        <translation>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="247"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="250"/>
        <source>e.g. python3 child.py</source>
        <translation>e.g. python3 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="251"/>
        <source>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</source>
        <translation>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="248"/>
        <source>&amp;Other program:</source>
        <translation>&amp;Other program:</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="255"/>
        <source>Input written to stdin</source>
        <translation>Input written to stdin</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="267"/>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="399"/>
        <source>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</source>
        <translation>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="256"/>
        <source>Send line ends as \r\n, like parent.py</source>
        <translation>Send line ends as \r\n, like parent.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="257"/>
        <source>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</source>
        <translation>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="259"/>
        <source>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="262"/>
        <source>&amp;Type the input instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="263"/>
        <source>Replace the generated input by text you type, starting with the seed&apos;s ten lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="329"/>
        <source>Nothing to run yet.</source>
        <translation>Nothing to run yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="329"/>
        <source>Runs: %1</source>
        <translation>Runs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="330"/>
        <source>The argv the child is started with.</source>
        <translation>The argv the child is started with.</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="434"/>
        <source>… %1 bytes in %2 lines, all written to stdin (made by PipeScope, not typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="442"/>
        <source>Generated input: numbered lines of 64 bytes each, %1 bytes in all. Only the first lines are shown here; every byte is written to the child&apos;s stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="43"/>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="76"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="78"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="80"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="82"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>WatchPage</name>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="429"/>
        <source>&amp;Program:</source>
        <translation type="unfinished">&amp;Program:</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="430"/>
        <source>a program and its arguments, e.g. sh -c &quot;ls / | grep u | wc -l&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="431"/>
        <source>The program to record and its arguments; double quotes group words. It runs for real, unchanged, with /dev/null as its stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="433"/>
        <source>Rea&amp;dy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="434"/>
        <source>Programs that come ready, each showing something only a real recording can; the command line shows what runs, and can be changed before Record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="437"/>
        <source>The note&apos;s parent.py, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="438"/>
        <source>The note&apos;s parent.py and child.py exactly as the note writes them: stdin and stdout are None, so parent.py stops with AttributeError at its first write, and child.py runs until the recording stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="441"/>
        <source>The note&apos;s parent.py with stdin=PIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="442"/>
        <source>The same with the commented-out stdin=subprocess.PIPE put back: the ten lines go through the pipe, then child_p.stdout is None and readline raises AttributeError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="444"/>
        <source>Pipeline, p1.stdout closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="445"/>
        <source>yes | head -n 1 with two Popen calls, the parent closing p1.stdout as the subprocess documentation says: once head exits, no read end is left and yes gets SIGPIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="447"/>
        <source>Pipeline, p1.stdout kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="448"/>
        <source>The same pipeline without p1.stdout.close(): the parent still holds the read end, so yes never gets SIGPIPE; it fills the pipe and waits in write() until the recording stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="450"/>
        <source>close_fds=False, inheritable end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="451"/>
        <source>A second child started with close_fds=False inherits the first one&apos;s stdin write end (made inheritable, as fds were before Python 3.4): cat sees end of file only when sleep exits. This is why close_fds defaults to True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="454"/>
        <source>close_fds=False, Python 3.4+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="455"/>
        <source>The same without making the end inheritable: Python&apos;s fds are non-inheritable (PEP 446), the copy sleep gets at its fork closes at its exec, and cat sees end of file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="457"/>
        <source>Popen(/bin/cat), three pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="458"/>
        <source>One Popen with stdin, stdout and stderr piped, to set beside PipeScope&apos;s plan for the same arguments: Python 3.11 starts cat through _posixsubprocess (vfork, an error pipe), 3.13 through posix_spawn (no error pipe). Pick the interpreter beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="461"/>
        <source>Shell pipeline: ls | grep | wc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="462"/>
        <source>sh -c &quot;ls / | grep u | wc -l&quot;: the shell makes two pipes and three children, and closes its own copies of the ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="470"/>
        <source>P&amp;ython:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="471"/>
        <source>The interpreter the ready Python programs run with: each python3 found on PATH and among pyenv&apos;s versions, or another chosen by path. 3.11 starts a child through _posixsubprocess (vfork), 3.13 often through posix_spawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="475"/>
        <source>Run &amp;Untraced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="476"/>
        <source>Runs the program without recording it: its output and exit status, no calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="477"/>
        <source>Record bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="478"/>
        <source>Also record every read and write on a pipe, with the first bytes it moved (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="479"/>
        <source>Stop after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="480"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="481"/>
        <source>Every process the recording started is killed after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="482"/>
        <source>Show calls on files too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="483"/>
        <source>Also list the dups and closes of fds that are not pipes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="484"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="485"/>
        <source>Runs the program under ptrace and records its calls on pipes and processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="486"/>
        <source>S&amp;top</source>
        <translation type="unfinished">S&amp;top</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="487"/>
        <source>Kills every process the recording started; what was recorded until then is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="488"/>
        <source>Reset</source>
        <translation type="unfinished">Reset</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="489"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="490"/>
        <source>Step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="491"/>
        <location filename="../app/gui/watch/watchpage.cpp" line="825"/>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="491"/>
        <location filename="../app/gui/watch/watchpage.cpp" line="825"/>
        <source>Play</source>
        <translation type="unfinished">Play</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="492"/>
        <source>Back to before the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="493"/>
        <source>The previous call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="494"/>
        <source>The next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="505"/>
        <source>Recorded calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="507"/>
        <source>Every call the recording holds, one per row, in time order; the selected one is drawn in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="508"/>
        <source>What the recorded program wrote to its stdout and stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="509"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="510"/>
        <source>Every call recorded, in time order, and what the selected one did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="511"/>
        <source>Beside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="513"/>
        <source>A recognised CPython Popen beside PipeScope&apos;s own plan for the same arguments, with every difference marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="515"/>
        <source>What the program wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="274"/>
        <source>Record a real program, then step through what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="305"/>
        <source>%1 is not a Python 3 interpreter that runs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="341"/>
        <source>Python %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="345"/>
        <source>python3 (looking for interpreters…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="346"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="356"/>
        <source>Choose a Python 3 interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="395"/>
        <source>Running %1 without recording it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="417"/>
        <source>Ran without recording; stopped: every process it had started was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="418"/>
        <source>Ran without recording: %1. Nothing was recorded, so there are no calls to step through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="495"/>
        <source>Steps through the calls, pausing on each as long as the box beside it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="496"/>
        <source>P&amp;ause per call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="497"/>
        <source>How long Play stays on each call: slower for a class to read and predict the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="500"/>
        <source>%1 s</source>
        <translation type="unfinished">%1/s {1 ?}</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="570"/>
        <source>Cannot write the program&apos;s files to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="600"/>
        <source>Type a program to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="614"/>
        <source>Recording %1… (at most %n second(s))</source>
        <translation>
            <numerusform>Recording %1… (at most %n second)</numerusform>
            <numerusform>Recording %1… (at most %n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="692"/>
        <source>Recorded: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="693"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="694"/>
        <source>%n pipe(s)</source>
        <translation>
            <numerusform>%n pipe</numerusform>
            <numerusform>%n pipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="695"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="697"/>
        <source>The program ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="699"/>
        <source>The recording was stopped: every process it had started was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="701"/>
        <source>%n Popen call(s) recognised.</source>
        <translation>
            <numerusform>%n Popen call recognised.</numerusform>
            <numerusform>%n Popen calls recognised.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="713"/>
        <source>Replaying %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="724"/>
        <source>A recording read from a file has the program&apos;s calls (and, recorded with bytes, the first bytes of each read and write), not all it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="730"/>
        <source>— stdout —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="732"/>
        <source>— stderr —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="734"/>
        <source>The program wrote nothing to its stdout or stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="751"/>
        <source>(before the first call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="800"/>
        <source>Before the first recorded call: %1 starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="826"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished">Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>WineRunDialog</name>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="200"/>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="499"/>
        <source>Cancelled: Wine and the Windows programs were stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="260"/>
        <source>%1 has no Windows build here: the Windows run starts pipescope-child.exe echo with the same streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="269"/>
        <source>%1: the child&apos;s %2, an inheritable copy of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="271"/>
        <source>%1: the parent&apos;s end of the %2 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="273"/>
        <source>read end of the %1 pipe, as CreatePipe made it (not inheritable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="275"/>
        <source>write end of the %1 pipe, as CreatePipe made it (not inheritable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="277"/>
        <source>an end of the dummy %1 pipe (no standard handle to give)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="279"/>
        <source>the parent&apos;s own %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="281"/>
        <source>the child&apos;s process handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="283"/>
        <source>the child&apos;s main thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="285"/>
        <source>inherited from the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="303"/>
        <source>%1(%2) failed: error %3 %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="307"/>
        <source>Ran on %1: the child could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="314"/>
        <source>The child&apos;s standard handles (GetStdHandle there, read from its PEB): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="317"/>
        <source>stdout through the pipe (%n byte(s)): %1</source>
        <translation>
            <numerusform>stdout through the pipe (%n byte): %1</numerusform>
            <numerusform>stdout through the pipe (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="320"/>
        <source>stderr through the pipe (%n byte(s)): %1</source>
        <translation>
            <numerusform>stderr through the pipe (%n byte): %1</numerusform>
            <numerusform>stderr through the pipe (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="322"/>
        <source>The child (pid %1) exited with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="323"/>
        <source>The child (pid %1) did not end in time and was terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="324"/>
        <source>Ran on %1: %n Win32 call(s), each with both handle tables right after it.</source>
        <translation>
            <numerusform>Ran on %1: %n Win32 call, with both handle tables right after it.</numerusform>
            <numerusform>Ran on %1: %n Win32 calls, each with both handle tables right after it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="373"/>
        <source>Parent&apos;s handles: pipescope-trace.exe, after this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="375"/>
        <source>Child&apos;s handles: no child yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="377"/>
        <source>Child&apos;s handles (pid %1, running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="379"/>
        <source>Child&apos;s handles (pid %1, suspended: it has not run an instruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="398"/>
        <source>Not inherited although inheritable in the parent: %1. The handle list (PROC_THREAD_ATTRIBUTE_HANDLE_LIST) gave the child only its three handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="401"/>
        <source>Not inherited although inheritable in the parent: %1. CreateProcessW ran with bInheritHandles=FALSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="421"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="421"/>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="423"/>
        <source>closed by this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="423"/>
        <source>closed by this call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="424"/>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="424"/>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="458"/>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="463"/>
        <source>Run on Windows (Wine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="459"/>
        <source>The same Popen(...) run by Popen&apos;s Windows branch for real: pipescope-trace.exe makes each Win32 call of _get_handles and _execute_child under Wine and reads both processes&apos; handle tables after each. The child is created suspended, so its table shows what it inherited before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="464"/>
        <source>Run this configuration as Popen&apos;s Windows branch under Wine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="465"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="466"/>
        <source>Stop Wine and the Windows programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="467"/>
        <source>#</source>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="467"/>
        <source>Win32 call (real HANDLE values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="468"/>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="469"/>
        <source>Handle tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="470"/>
        <source>Diagram of the Windows run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="471"/>
        <source>Export for the Browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="472"/>
        <source>Saves one web page that replays this Windows run call by call (the diagram, both handle tables, English and Chinese) in any browser, without PipeScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="474"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="475"/>
        <source>The call before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="476"/>
        <source>Step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="477"/>
        <source>The next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="478"/>
        <source>Win32 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="479"/>
        <source>Each Win32 call the Windows branch made, in order; choose one to see both handle tables right after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Inherit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="483"/>
        <source>Parent&apos;s handle table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="484"/>
        <source>Child&apos;s handle table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="485"/>
        <source>Show every handle type (events, keys, threads…), not only files and pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="486"/>
        <source>Handle values and pids are Wine&apos;s own; Windows gives other numbers but the same structure. Wine&apos;s handle table hides kernel object addresses, so the two ends of a pipe are named here from the calls that made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="489"/>
        <source>Running under Wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="501"/>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WineText</name>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="24"/>
        <source>pipescope-trace was not found beside PipeScope or on PATH; it runs the Windows build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="26"/>
        <source>Wine is not installed: on Debian, apt-get install wine64 wine (scripts/setup installs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="28"/>
        <source>The Windows build is missing: cmake --preset win64 &amp;&amp; cmake --build --preset win64 (or set PIPESCOPE_WINDOWS_BUILD to the folder of pipescope-trace.exe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="31"/>
        <source>A Windows run is going already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="33"/>
        <source>The Windows run&apos;s JSON could not be read (at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="37"/>
        <source>The Windows run could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="38"/>
        <source>The Windows run could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="43"/>
        <source>Running under Wine… The first run makes PipeScope&apos;s Wine prefix, which takes about 10 s; later runs take a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="51"/>
        <source>CreatePipe → read end %1, write end %2 (%3 pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="53"/>
        <source>DuplicateHandle(%1, bInheritHandle=TRUE) → %2, inheritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="55"/>
        <source>GetStdHandle(%1) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="57"/>
        <source>CloseHandle(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="59"/>
        <source>STARTUPINFO with STARTF_USESTDHANDLES: hStdInput %1, hStdOutput %2, hStdError %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="62"/>
        <source>PROC_THREAD_ATTRIBUTE_HANDLE_LIST = {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="64"/>
        <source>CreateProcessW(bInheritHandles=%1, CREATE_SUSPENDED) → child pid %2, hProcess %3, hThread %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="69"/>
        <source>ResumeThread(%1): the child starts running (a step PipeScope adds to show the child before it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="72"/>
        <source>_get_osfhandle(fd) → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="74"/>
        <source>errwrite = c2pwrite (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
