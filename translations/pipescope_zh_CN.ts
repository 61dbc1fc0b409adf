<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Describe</name>
    <message>
        <location filename="../app/gui/describe.cpp" line="64"/>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="67"/>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="70"/>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="73"/>
        <source>Not an executable format</source>
        <translation>不是可执行文件格式</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="76"/>
        <source>A component of the path is not a directory</source>
        <translation>路径中的某一部分不是目录</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="79"/>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="82"/>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="85"/>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="88"/>
        <source>The file is busy (being written)</source>
        <translation>文件正忙（正在被写入）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="91"/>
        <source>Argument list too long</source>
        <translation>参数列表过长</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="94"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="97"/>
        <source>Too many open files in this process</source>
        <translation>本进程打开的文件过多</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="100"/>
        <source>Too many open files in the system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="103"/>
        <source>Bad file descriptor (the fd is not open)</source>
        <translation>错误的文件描述符（该 fd 没有打开）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="106"/>
        <source>Broken pipe (no process reads the other end)</source>
        <translation>管道已断开（另一端已没有进程在读）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="109"/>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="112"/>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="115"/>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="118"/>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="125"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="143"/>
        <source>No value given for %1.</source>
        <translation>没有为 %1 指定值。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="145"/>
        <source>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</source>
        <translation>“%1”不是 %2 的有效值：请使用 none、pipe、devnull、fd:N、file:PATH 或 stdout。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="148"/>
        <source>%1: &apos;fd:&apos; needs a number, for example fd:3.</source>
        <translation>%1：“fd:”后面需要一个数字，例如 fd:3。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="150"/>
        <source>%1: &apos;%2&apos; is not an fd number.</source>
        <translation>%1：“%2”不是文件描述符编号。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="152"/>
        <source>%1: an fd number cannot be negative (&apos;%2&apos;).</source>
        <translation>%1：文件描述符编号不能为负数（“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="154"/>
        <source>%1: &apos;file:&apos; needs a path.</source>
        <translation>%1：“file:”后面需要一个路径。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="156"/>
        <source>%1: STDOUT can only be given for stderr.</source>
        <translation>%1：STDOUT 只能用于 stderr。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="158"/>
        <source>Nothing to run: choose a pipescope-child mode or enter a program.</source>
        <translation>没有可运行的程序：请选择一个 pipescope-child 模式，或输入一个程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="160"/>
        <source>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</source>
        <translation>%1=%2：PipeScope 中没有打开 fd %2，子进程无从继承。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="163"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="164"/>
        <source>%1 failed for &apos;%2&apos;: %3</source>
        <translation>对“%2”调用 %1 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="165"/>
        <source>Cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="169"/>
        <source>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</source>
        <translation>子进程在运行“%2”之前无法设置 %1：%3 失败：%4</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="171"/>
        <source>The child failed before running &apos;%1&apos;: %2 failed: %3</source>
        <translation>子进程在运行“%1”之前出错：%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="173"/>
        <source>Cannot run &apos;%1&apos;: %2</source>
        <translation>无法运行“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="175"/>
        <source>Every step has been done already: there is no next step.</source>
        <translation>所有步骤都已执行完毕：没有下一步了。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="177"/>
        <source>The child did not reach its next step in time.</source>
        <translation>子进程没有按时到达下一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="178"/>
        <source>The child running &apos;%1&apos; did not reach its next step in time.</source>
        <translation>运行“%1”的子进程没有按时到达下一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="180"/>
        <source>Cannot read %1: the content is malformed.</source>
        <translation>无法读取 %1：内容格式错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="182"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="189"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="191"/>
        <source>Child</source>
        <translation>子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="193"/>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="308"/>
        <source>The parent has no console, so GetStdHandle() returned None. _get_handles creates a pipe only to give the child a valid %1 handle (%2); the other end is closed in the next step.</source>
        <translation>父进程没有控制台，所以 GetStdHandle() 返回了 None。_get_handles 创建一个管道，只是为了给子进程一个有效的 %1 句柄（%2）；管道的另一端在下一步就被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="313"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</source>
        <translation>_winapi.CreatePipe(None, 0) 创建一个匿名管道：一个读句柄和一个写句柄，此时两者都还不可继承。因为 stdin=PIPE，子进程将从 p2cread 读取，父进程保留 p2cwrite 作为 proc.stdin。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="316"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</source>
        <translation>_winapi.CreatePipe(None, 0) 创建一个匿名管道：一个读句柄和一个写句柄，此时两者都还不可继承。因为 %1=PIPE，子进程将写入 %2，父进程保留 %3 作为 proc.%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="321"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>os.pipe() 创建一个匿名管道：一个读端和一个写端，两者都设置了 close-on-exec（执行时关闭）。因为 stdin=PIPE，子进程将从 p2cread 读取，父进程保留 p2cwrite 作为 proc.stdin。如果没有这个管道，proc.stdin 就是 None，调用 proc.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="325"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</source>
        <translation>os.pipe() 创建一个匿名管道：一个读端和一个写端，两者都设置了 close-on-exec（执行时关闭）。因为 %1=PIPE，子进程将写入 %2，父进程保留 %3 作为 proc.%1。如果没有这个管道，proc.%1 就是 None，调用 proc.%1.readline() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="330"/>
        <source>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</source>
        <translation>fcntl(F_SETPIPE_SZ) 修改 %1 管道能容纳的字节数，因为调用 Popen 时传了 pipesize=。写入方只有在管道写满时才会阻塞，所以管道越大，写入方就能领先读取方越多。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="335"/>
        <source>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</source>
        <translation>os.open(os.devnull, O_RDWR) 打开 /dev/null，因为 %1=DEVNULL：从它读取会立即得到文件结束（EOF），写入它的任何内容都会被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="339"/>
        <source>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</source>
        <translation>%1 也是 DEVNULL：Popen 复用已经打开的 /dev/null 文件描述符，而不是再打开一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="344"/>
        <source>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>以只读方式打开文件“%1”，作为 p2cread。在 Python 中你传入的是一个已打开的文件对象；Popen 只使用它的 fileno()。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="347"/>
        <source>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>以写方式打开文件“%1”，作为 %2。在 Python 中你传入的是一个已打开的文件对象；Popen 只使用它的 fileno()。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="351"/>
        <source>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</source>
        <translation>%1 被指定为数字 %2：Popen 原样使用这个文件描述符，于是子进程得到的是父进程中一个已打开的文件描述符的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="357"/>
        <source>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</source>
        <translation>stderr=STDOUT，而 stdout 没有重定向：errwrite 就是父进程自己的 fd 1，所以子进程的错误输出会去往父进程标准输出所去的地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="360"/>
        <source>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</source>
        <translation>stderr=STDOUT：errwrite 被设为 c2pwrite，所以子进程的错误输出和它的标准输出去往同一个地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="363"/>
        <source>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</source>
        <translation>一个私有管道（errpipe）让子进程能报告 fork 与 exec 之间发生的失败：子进程把 errno 写进去。它的写端设置了 close-on-exec，所以 exec 成功时写端会被自动关闭，父进程读到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="367"/>
        <source>fork() creates the child (CPython uses vfork() when it can). It comes after the pipes on purpose: the child starts with a copy of the parent&apos;s whole fd table, so it inherits every end made above, both ends of every pipe included, and the next steps sort out which ones it keeps.</source>
        <translation>fork() 创建子进程（CPython 在可以的时候使用 vfork()）。它特意放在创建管道之后：子进程一开始就拥有父进程整个 fd 表的副本，因此会继承上面创建的每一端，包括每个管道的两端；接下来的步骤再决定它保留哪些。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="372"/>
        <source>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</source>
        <translation>在子进程中：关闭 errpipe 的读端。在这种配置下父进程不保留任何管道端，所以没有其他需要关闭的。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="374"/>
        <source>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. A pipe only reports end-of-file when every copy of its write end is closed, so the child must not keep the parent&apos;s ends.</source>
        <translation>在子进程中：关闭属于父进程的那些端（%1）以及 errpipe 的读端。只有当写端的所有副本都关闭后，管道才会报告文件结束（EOF），所以子进程不能保留父进程的那些端。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="378"/>
        <source>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</source>
        <translation>在子进程中：%1 所在的文件描述符会被后面的某个 dup2() 覆盖，所以先用 dup() 把它复制到一个更大的文件描述符上。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="382"/>
        <source>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</source>
        <translation>在子进程中：dup2(%1, %2) 让 fd %2（每个程序都把这个编号当作 %3）指向 %1 所指向的对象。dup2() 复制出的描述符没有 close-on-exec 标志，所以它在 exec 之后依然存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="388"/>
        <source>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</source>
        <translation>在子进程中：%1 已经就是 fd %2，dup2() 不会改变任何东西；因此 Popen 改为清除它的 close-on-exec 标志，使它在 exec 之后依然存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="393"/>
        <source>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</source>
        <translation>在子进程中：close_fds=True 关闭所有大于 2 的文件描述符，只保留 errpipe 的写端（以及 pass_fds），所以程序启动时只有 stdin、stdout 和 stderr。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="396"/>
        <source>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</source>
        <translation>在子进程中：execve() 替换掉正在运行的程序。所有设置了 close-on-exec 的文件描述符此刻都会消失，其中包括 errpipe 的写端，这就告诉父进程 exec 成功了。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="399"/>
        <source>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</source>
        <translation>在父进程中：关闭 errpipe 的写端。这样只剩子进程手里的那份副本，子进程一旦 exec 成功，父进程对 errpipe 的读取就会结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="403"/>
        <source>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. The parent only writes to this pipe, through p2cwrite.</source>
        <translation>在父进程中：关闭 p2cread，即 stdin 管道中属于子进程的一端；子进程已有自己的副本。父进程只通过 p2cwrite 向这个管道写入。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="405"/>
        <source>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</source>
        <translation>在父进程中：关闭 %1，即 %2 管道中属于子进程的一端；子进程已有自己的副本。如果父进程保留它，即使子进程退出，读取 %2 也永远读不到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="409"/>
        <source>In the parent: close the DEVNULL fd; the child has its own copy.</source>
        <translation>在父进程中：关闭 DEVNULL 的文件描述符；子进程已有自己的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="411"/>
        <source>In the parent: close the file opened for %1; the child has its own copy.</source>
        <translation>在父进程中：关闭为 %1 打开的文件；子进程已有自己的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="413"/>
        <source>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</source>
        <translation>在父进程中：读取 errpipe 直到文件结束（EOF）。读到 EOF 表示 exec 成功，Popen 随即返回；如果读到数据，那就是子进程的 errno，会作为 OSError（例如 FileNotFoundError）抛出。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="416"/>
        <source>%1 is None: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, so that the child shares it.</source>
        <translation>%1 为 None：_winapi.GetStdHandle(%2) 取得父进程自己的标准句柄，让子进程共用它。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="421"/>
        <source>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</source>
        <translation>%1=DEVNULL：msvcrt.get_osfhandle() 把 NUL 设备（Windows 上的 /dev/null）的 C 运行库文件描述符转换为其背后的 Win32 句柄。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="424"/>
        <source>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</source>
        <translation>msvcrt.get_osfhandle() 把为 %1 指定的 C 运行库文件描述符转换为其背后的 Win32 句柄：Windows 子进程继承的是句柄，而不是文件描述符编号。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="429"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</source>
        <translation>CloseHandle(_) 立即关闭这个占位管道的另一端：子进程从 stdin 读取时会马上得到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="431"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</source>
        <translation>CloseHandle(_) 立即关闭这个占位管道的另一端：子进程写到 %1 的内容永远不会有人读取，所以它的写入会因管道断开而失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="435"/>
        <source>_make_inheritable() duplicates %1 with DuplicateHandle(..., bInheritHandle=TRUE): only inheritable handles reach the child, and CreatePipe made none.</source>
        <translation>_make_inheritable() 用 DuplicateHandle(..., bInheritHandle=TRUE) 复制 %1：只有可继承的句柄才能传给子进程，而 CreatePipe 创建的句柄都不可继承。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="439"/>
        <source>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead.</source>
        <translation>STARTUPINFO.hStdInput、hStdOutput 和 hStdError 分别设为 p2cread、c2pwrite 和 errwrite，并设置 STARTF_USESTDHANDLES。Windows 上没有可以 dup2() 过去的 fd 0、1、2：子进程的标准句柄改为在这里指定。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="443"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child, and the kernel copies every inheritable handle into it. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation>CreateProcess(..., bInheritHandles=TRUE) 启动子进程，内核把所有可继承的句柄复制给它。这里没有 fork：子进程直接运行新程序，除此之外不会从父进程得到任何东西。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="447"/>
        <source>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</source>
        <translation>父进程关闭自己手里的 %1（子进程的 %2 句柄）副本；子进程已有自己的一份。与 POSIX 一样，只有所有写句柄都关闭后，管道才会报告文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="460"/>
        <source>pipe for %1 created: read end fd %2, write end fd %3</source>
        <translation>已为 %1 创建管道：读端 fd %2，写端 fd %3</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="462"/>
        <source>%1 pipe resized: it now holds %2 bytes</source>
        <translation>%1 管道已调整大小：现在可容纳 %2 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="464"/>
        <source>/dev/null fd %1 reused for %2</source>
        <translation>%2 复用 /dev/null 的 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="465"/>
        <source>/dev/null opened as fd %1 for %2</source>
        <translation>为 %2 打开 /dev/null，得到 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="467"/>
        <source>&apos;%1&apos; opened as fd %2 for %3</source>
        <translation>为 %3 打开“%1”，得到 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="469"/>
        <source>fd %1 used as it is for %2</source>
        <translation>%2 原样使用 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="471"/>
        <source>stderr=STDOUT: errwrite is fd %1</source>
        <translation>stderr=STDOUT：errwrite 是 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="473"/>
        <source>errpipe created: read end fd %1, write end fd %2</source>
        <translation>已创建 errpipe：读端 fd %1，写端 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="475"/>
        <source>fork: the child is pid %1</source>
        <translation>fork：子进程的 pid 为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="477"/>
        <source>the child closed fds %1</source>
        <translation>子进程关闭了 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="479"/>
        <source>the child moved fd %1 to fd %2</source>
        <translation>子进程把 fd %1 移到了 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="481"/>
        <source>the child called dup2(%1, %2): its %3 is now the fd the parent made</source>
        <translation>子进程调用了 dup2(%1, %2)：它的 %3 现在就是父进程创建的那个 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="486"/>
        <source>the child cleared close-on-exec on fd %1</source>
        <translation>子进程清除了 fd %1 的 close-on-exec 标志</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="488"/>
        <source>the child closed every fd above 2 except fd %1 (close_fds)</source>
        <translation>子进程关闭了所有大于 2 的 fd，只保留 fd %1（close_fds）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="490"/>
        <source>the child ran execve(&apos;%1&apos;)</source>
        <translation>子进程执行了 execve(&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="492"/>
        <source>execve(&apos;%1&apos;) failed in the child: %2</source>
        <translation>子进程中 execve(&apos;%1&apos;) 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="494"/>
        <source>%1 failed in the child before exec: %2</source>
        <translation>子进程在 exec 之前调用 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="496"/>
        <source>the parent closed fd %1</source>
        <translation>父进程关闭了 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="497"/>
        <source>the parent closed fd %1 (%2)</source>
        <translation>父进程关闭了 fd %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="499"/>
        <source>errpipe reached end-of-file: exec succeeded</source>
        <translation>errpipe 读到文件结束（EOF）：exec 成功</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="501"/>
        <source>the parent wrote %n byte(s) to stdin</source>
        <translation>
            <numerusform>父进程向 stdin 写入了 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="503"/>
        <source>the parent closed stdin: the child will read end-of-file</source>
        <translation>父进程关闭了 stdin：子进程将读到文件结束（EOF）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="505"/>
        <source>broken pipe (EPIPE): the child no longer reads stdin</source>
        <translation>管道已断开（EPIPE）：子进程不再读取 stdin</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/describe.cpp" line="507"/>
        <source>the parent read %n byte(s) from %1</source>
        <translation>
            <numerusform>父进程从 %1 读取了 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="509"/>
        <source>%1 reached end-of-file: every write end is closed</source>
        <translation>%1 读到文件结束（EOF）：所有写端都已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="511"/>
        <source>the child exited with status %1</source>
        <translation>子进程退出，状态码为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="513"/>
        <source>the child was killed by signal %1 (%2)</source>
        <translation>子进程被信号 %1（%2）终止</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="515"/>
        <source>the parent gave up waiting after %1 ms</source>
        <translation>父进程等待 %1 毫秒后放弃</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="517"/>
        <source>the parent sent %1 to the child</source>
        <translation>父进程向子进程发送了 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="527"/>
        <source>read end %1, write end %2</source>
        <translation>读端 %1，写端 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="529"/>
        <source>fd %1: %2 bytes</source>
        <translation>fd %1：%2 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="535"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="537"/>
        <source>child pid %1</source>
        <translation>子进程 pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="545"/>
        <source>kept fd %1</source>
        <translation>保留 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="555"/>
        <source>read(%1): end-of-file</source>
        <translation>read(%1)：文件结束（EOF）</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="565"/>
        <source>pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="569"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="571"/>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="573"/>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="575"/>
        <source>anonymous inode</source>
        <translation>匿名 inode</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="577"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="586"/>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="588"/>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="590"/>
        <source>read/write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="598"/>
        <source>timed out: the child was killed and reaped</source>
        <translation>超时：子进程已被终止并回收</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="600"/>
        <source>stopped: the child was killed and reaped</source>
        <translation>已停止：子进程已被终止并回收</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="602"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）终止</translation>
    </message>
    <message>
        <location filename="../app/gui/describe.cpp" line="603"/>
        <source>exited with status %1</source>
        <translation>已退出，状态码为 %1</translation>
    </message>
</context>
<context>
    <name>DiagramItem</name>
    <message>
        <location filename="../app/gui/diagramitem.cpp" line="229"/>
        <source>write end</source>
        <translation>写端</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramitem.cpp" line="231"/>
        <source>read end</source>
        <translation>读端</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="231"/>
        <source>Before Popen(): only the parent exists</source>
        <translation>调用 Popen() 之前：只有父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="234"/>
        <source>Step %1 of %2 · %3: %4</source>
        <translation>第 %1/%2 步 · %3：%4</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="300"/>
        <source>pipe to the outside</source>
        <translation>通往外部的管道</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="302"/>
        <source>%1 pipe</source>
        <translation>%1 管道</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="308"/>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="315"/>
        <source>reads: EOF · writes: discarded</source>
        <translation>读：立即 EOF · 写：被丢弃</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="343"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="343"/>
        <source>Child</source>
        <translation>子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="345"/>
        <location filename="../app/gui/diagramlayout.cpp" line="347"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="347"/>
        <source>pid %1 · gone</source>
        <translation>pid %1 · 已结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagramlayout.cpp" line="349"/>
        <source>+ %n more fd(s), PipeScope&apos;s own</source>
        <translation>
            <numerusform>另有 %n 个 PipeScope 自己的 fd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="367"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/diagramlayout.cpp" line="500"/>
        <source>Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.</source>
        <translation>虚线：执行时关闭（close-on-exec），exec 时消失。管道：字节从写端流向读端。</translation>
    </message>
</context>
<context>
    <name>FdTableModel</name>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="51"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="51"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="58"/>
        <source>Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.</source>
        <translation>执行时关闭（O_CLOEXEC）：进程调用 exec 时，这个 fd 会消失。</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="60"/>
        <source>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</source>
        <translation>管道 inode %1：无论在哪个进程中，inode 相同的 fd 都是同一个管道的两端。</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="92"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="94"/>
        <source>Refers to</source>
        <translation>指向</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="98"/>
        <source>Access</source>
        <translation>访问方式</translation>
    </message>
    <message>
        <location filename="../app/gui/fdtablemodel.cpp" line="100"/>
        <source>cloexec</source>
        <translation>执行时关闭</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="101"/>
        <source>Nothing read yet: press Run.</source>
        <translation>还没有读到任何内容：请按“运行”。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="103"/>
        <source>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>%1 为 None：子进程写到 PipeScope 自己的 %1（也就是启动 PipeScope 的终端或日志），而不是写进管道。proc.%1 为 None，所以调用 proc.%1.readline() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108"/>
        <source>%1=DEVNULL: whatever the child writes is thrown away.</source>
        <translation>%1=DEVNULL：子进程写入的任何内容都会被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="110"/>
        <source>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</source>
        <translation>%1 去往 PipeScope 的 fd %2，而不是父进程读取的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112"/>
        <source>%1 goes to the file &apos;%2&apos;.</source>
        <translation>%1 写入文件“%2”。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114"/>
        <source>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</source>
        <translation>stderr=STDOUT：子进程的错误输出混入它的 stdout。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176"/>
        <source>The parent and the child as they really are after the current step: every fd with its real number, wired to the pipe, terminal, file or /dev/null it refers to.</source>
        <translation>当前步骤之后父进程和子进程的真实状态：每个 fd 都标有真实编号，并连到它所指向的管道、终端、文件或 /dev/null。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="195"/>
        <source>Lens:</source>
        <translation>视角：</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Built-in scenarios: the seed&apos;s demo and the classic variations around it.</source>
        <translation>内置场景：笔记中的演示，以及围绕它的几个经典变体。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="281"/>
        <source>S&amp;cenario:</source>
        <translation>场景(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="292"/>
        <location filename="../app/gui/mainwindow.cpp" line="700"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, closes it and reads its output, as Popen.communicate() does.</source>
        <translation>F5：执行剩下的步骤，然后接管子进程：父进程把输入写入它的 stdin、关闭 stdin，再读取它的输出，就像 Popen.communicate() 那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="295"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="296"/>
        <source>Kill the running child. It is reaped, never left behind as a zombie.</source>
        <translation>终止正在运行的子进程。它会被回收，绝不会留下僵尸进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="297"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="298"/>
        <source>→: make the next call of the plan for real, then read both fd tables from /proc.</source>
        <translation>→：真实地执行计划中的下一个调用，然后从 /proc 读取两个进程的 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="299"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="300"/>
        <source>←: go back one step. The setup is re-run for real from the start up to the step before, with a new child: what you see is never a rewound picture.</source>
        <translation>←：后退一步。从头真实地重新执行，直到上一步为止，并创建一个新的子进程：你看到的绝不是倒放的画面。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="302"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="303"/>
        <source>R: back to before the first step. A stopped child is killed and reaped; every fd is closed.</source>
        <translation>R：回到第一步之前。已暂停的子进程被终止并回收；所有 fd 都被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="304"/>
        <location filename="../app/gui/mainwindow.cpp" line="707"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="305"/>
        <source>Space: step on by itself at the chosen speed; Space again pauses.</source>
        <translation>空格：按所选速度自动单步执行；再按一次空格暂停。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="319"/>
        <source>Speed of the animations and of Play: left is slower, right is faster.</source>
        <translation>动画和自动播放的速度：向左更慢，向右更快。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="324"/>
        <source>&amp;Animations</source>
        <translation>动画(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>Animate each step in the diagram. Off: every change shows at once.</source>
        <translation>在示意图中以动画展示每一步。关闭时，所有变化立即显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="330"/>
        <source>POSIX (runs here)</source>
        <translation>POSIX（在本机运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="332"/>
        <source>The plan in POSIX terms: exactly what PipeScope executes on this machine.</source>
        <translation>用 POSIX 术语表示的计划：正是 PipeScope 在本机上执行的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="333"/>
        <source>Windows (a model)</source>
        <translation>Windows（模型）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="335"/>
        <source>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess. It is a model: nothing Windows-specific runs here.</source>
        <translation>用 Win32 术语表示的同一计划：CreatePipe、DuplicateHandle、STARTUPINFO、CreateProcess。这只是一个模型：这里不会运行任何 Windows 特有的代码。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="372"/>
        <source>The parent&apos;s real fd table after the current step, read from /proc: fds 0-2 and those this session opened.</source>
        <translation>当前步骤之后父进程的真实 fd 表，从 /proc 读取：fd 0-2 以及本次会话打开的 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="381"/>
        <source>The child&apos;s real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for the next step.</source>
        <translation>当前步骤之后子进程的真实 fd 表：子进程暂停等待下一步时，从 /proc/PID/fd 读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="434"/>
        <source>subprocess.py</source>
        <translation>subprocess.py</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="436"/>
        <source>The real subprocess.py of this machine&apos;s python3, with the lines of the current step highlighted.</source>
        <translation>本机 python3 真实的 subprocess.py，当前步骤对应的行会高亮显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="439"/>
        <source>Equivalent Python</source>
        <translation>等价的 Python</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="441"/>
        <source>The same configuration as a Python program in the shape of the seed&apos;s parent.py, runnable with the real python3.</source>
        <translation>把同一配置写成笔记中 parent.py 形式的 Python 程序，可以用真实的 python3 运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Everything done so far, in order, with the real fd numbers and pids.</source>
        <translation>到目前为止执行的所有操作，按顺序列出，附真实的 fd 编号和 pid。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="454"/>
        <source>Every event of the steps and the run, in order.</source>
        <translation>单步执行和运行中的每个事件，按顺序列出。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="622"/>
        <source>Windows lens: %n step(s) in the Win32 model. Nothing Windows-specific runs here; Step and Run execute the POSIX plan and the model highlights the corresponding call.</source>
        <translation>
            <numerusform>Windows 视角：Win32 模型中共 %n 步。这里不会运行任何 Windows 特有的代码；“单步”和“运行”执行的是 POSIX 计划，模型会高亮对应的调用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="635"/>
        <source>Parent&apos;s fds (pid %1)</source>
        <translation>父进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="639"/>
        <source>Child&apos;s fds (pid %1)</source>
        <translation>子进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="641"/>
        <source>Child&apos;s fds (pid %1, gone)</source>
        <translation>子进程的 fd（pid %1，已结束）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="643"/>
        <source>Child&apos;s fds</source>
        <translation>子进程的 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="645"/>
        <source>The child has ended: there is no table to read.</source>
        <translation>子进程已经结束：没有可读取的 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="646"/>
        <source>No child yet: fork() creates it.</source>
        <translation>还没有子进程：由 fork() 创建。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="665"/>
        <source>Ready: nothing has run yet. Step (→) makes the plan&apos;s calls one at a time, for real; Run (F5) makes them all and then talks to the child.</source>
        <translation>就绪：还什么都没有执行。“单步”（→）一次真实地执行计划中的一个调用；“运行”（F5）执行全部调用，然后与子进程通信。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="668"/>
        <source>All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the input and reads the output, as communicate() does.</source>
        <translation>全部 %1 步已完成：子进程正在运行该程序。“运行”（F5）接管它：父进程写入输入并读取输出，就像 communicate() 那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="676"/>
        <source>Step %1 of %2 done: %3.</source>
        <translation>已完成第 %1/%2 步：%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="700"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="707"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="735"/>
        <source>Child&apos;s fds after exec (pid %1)</source>
        <translation>exec 之后子进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="738"/>
        <source>Read from /proc/%1/fd when the parent took the child over, before it wrote any input.</source>
        <translation>在父进程接管子进程时、写入任何输入之前，从 /proc/%1/fd 读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="742"/>
        <source>The child&apos;s fd table could not be read: it had already exited.</source>
        <translation>无法读取子进程的 fd 表：它已经退出了。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="411"/>
        <source>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>父进程从子进程的 stdout（c2pread）读到的内容。不是 UTF-8 的字节显示为 \xNN。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>父进程从子进程的 stderr（errread）读到的内容。不是 UTF-8 的字节显示为 \xNN。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="429"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="431"/>
        <source>What the parent read from the child&apos;s pipes, and how the child ended.</source>
        <translation>父进程从子进程的管道中读到的内容，以及子进程如何结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="453"/>
        <source>Trace log</source>
        <translation>跟踪日志</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="637"/>
        <source>Child&apos;s fds (pid %1), %n hidden</source>
        <translation>
            <numerusform>子进程的 fd（pid %1），%n 个未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="714"/>
        <source>Running %1 …</source>
        <translation>正在运行 %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="722"/>
        <location filename="../app/gui/mainwindow.cpp" line="751"/>
        <source>stdout (read from c2pread)</source>
        <translation>stdout（从 c2pread 读取）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="723"/>
        <location filename="../app/gui/mainwindow.cpp" line="752"/>
        <source>stderr (read from errread)</source>
        <translation>stderr（从 errread 读取）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="724"/>
        <source>Exit status: not run yet</source>
        <translation>退出状态：尚未运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="746"/>
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1：%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="748"/>
        <source>(only the first %n byte(s) shown)</source>
        <translation>
            <numerusform>（只显示前 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="755"/>
        <source>Exit status: %1</source>
        <translation>退出状态：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="758"/>
        <source>Child pid %1: %2.</source>
        <translation>子进程 pid %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="761"/>
        <source>It stopped reading stdin before all input was written: the parent got a broken pipe (EPIPE).</source>
        <translation>在全部输入写完之前，它就不再读取 stdin 了：父进程遇到管道断开（EPIPE）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="764"/>
        <source>the child %1; the parent read %n byte(s) from its stdout.</source>
        <translation>
            <numerusform>子进程%1；父进程从它的 stdout 读到 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="774"/>
        <source>Exit status: the child never ran the program</source>
        <translation>退出状态：子进程没能运行该程序</translation>
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
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="145"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="147"/>
        <source>What it does and why</source>
        <translation>作用与原因</translation>
    </message>
    <message>
        <location filename="../app/gui/planmodel.cpp" line="149"/>
        <source>Real fds (last run)</source>
        <translation>真实 fd（上次运行）</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/gui/presets.cpp" line="14"/>
        <source>Seed demo: stdin=PIPE, stdout=PIPE</source>
        <translation>笔记演示：stdin=PIPE，stdout=PIPE</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="15"/>
        <source>The note&apos;s parent.py and child.py: the parent writes ten lines into the child&apos;s stdin and reads what it prints.</source>
        <translation>笔记中的 parent.py 和 child.py：父进程向子进程的 stdin 写入十行，并读取子进程打印的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="18"/>
        <source>stdin not PIPE (AttributeError: write)</source>
        <translation>stdin 不是 PIPE（AttributeError: write）</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="19"/>
        <source>stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises AttributeError.</source>
        <translation>stdin=None：父进程没有保留写端，proc.stdin 为 None，调用 proc.stdin.write() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="22"/>
        <source>stdout not PIPE (AttributeError: readline)</source>
        <translation>stdout 不是 PIPE（AttributeError: readline）</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="23"/>
        <source>stdout=None: the child writes to the parent&apos;s own stdout, proc.stdout is None and proc.stdout.readline() raises AttributeError.</source>
        <translation>stdout=None：子进程直接写入父进程自己的 stdout，proc.stdout 为 None，调用 proc.stdout.readline() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="26"/>
        <source>stderr=STDOUT</source>
        <translation>stderr=STDOUT</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="27"/>
        <source>stderr=STDOUT: the child&apos;s fd 2 becomes a second copy of the stdout pipe&apos;s write end.</source>
        <translation>stderr=STDOUT：子进程的 fd 2 成为 stdout 管道写端的第二个副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="29"/>
        <source>DEVNULL</source>
        <translation>DEVNULL</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="30"/>
        <source>stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared.</source>
        <translation>stdin=DEVNULL 且 stderr=DEVNULL：只打开一次 /dev/null，两者共用同一个 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="32"/>
        <source>stdout to a file</source>
        <translation>stdout 重定向到文件</translation>
    </message>
    <message>
        <location filename="../app/gui/presets.cpp" line="33"/>
        <source>stdout goes to %1: the parent opens the file, the child&apos;s fd 1 refers to it.</source>
        <translation>stdout 写入 %1：父进程打开该文件，子进程的 fd 1 指向它。</translation>
    </message>
</context>
<context>
    <name>PythonPanel</name>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="55"/>
        <source>parent.py is the Popen program for this configuration; child.py is the seed&apos;s child, written for PipeScope.</source>
        <translation>parent.py 是本配置对应的 Popen 程序；child.py 是笔记中的子进程程序，为 PipeScope 重新编写。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="57"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="59"/>
        <source>Copy the program shown to the clipboard.</source>
        <translation>把显示的程序复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="61"/>
        <source>Run in P&amp;ython</source>
        <translation>用 P&amp;ython 运行</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="63"/>
        <source>Write parent.py and child.py to a temporary folder and run them with the real python3, to compare with what PipeScope does.</source>
        <translation>把 parent.py 和 child.py 写入一个临时文件夹，用真实的 python3 运行，与 PipeScope 的行为对照。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="76"/>
        <source>The equivalent Python program, read-only.</source>
        <translation>等价的 Python 程序（只读）。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="82"/>
        <source>What python3 printed: the program&apos;s output, then its stderr (a traceback, if any).</source>
        <translation>python3 打印的内容：先是程序的输出，然后是它的 stderr（如果有回溯信息，也在其中）。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="83"/>
        <source>Press Run in Python to see what the real python3 does.</source>
        <translation>按“用 Python 运行”，看看真实的 python3 会怎样。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="89"/>
        <source>PipeScope&apos;s own run: not run yet (Run, F5).</source>
        <translation>PipeScope 自己的运行：尚未运行（“运行”，F5）。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="135"/>
        <source>PipeScope expects no error: every stream the program uses is a PIPE.</source>
        <translation>PipeScope 预计不会出错：程序用到的每个流都是 PIPE。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="138"/>
        <source>PipeScope expects: %1</source>
        <translation>PipeScope 预计：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="140"/>
        <source>(Python stops at the first error; the next would be: %1)</source>
        <translation>（Python 在第一个错误处就会停止；下一个错误将是：%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="148"/>
        <source>PipeScope&apos;s own run: %1</source>
        <translation>PipeScope 自己的运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="169"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="180"/>
        <source>Cannot write the program to a temporary folder.</source>
        <translation>无法把程序写入临时文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="184"/>
        <source>Running %1 parent.py …</source>
        <translation>正在运行 %1 parent.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="214"/>
        <source>python3 was not found.</source>
        <translation>找不到 python3。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="215"/>
        <source>Cannot start &apos;%1&apos;: is python3 installed?</source>
        <translation>无法启动“%1”：是否安装了 python3？</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="222"/>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="228"/>
        <source>python3 did not finish in time and was killed.</source>
        <translation>python3 没有按时结束，已被终止。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="230"/>
        <source>python3 crashed.</source>
        <translation>python3 崩溃了。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonpanel.cpp" line="232"/>
        <source>python3 exited with status %1.</source>
        <translation>python3 已退出，状态码为 %1。</translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="75"/>
        <source>parent.py, generated by PipeScope: the note&apos;s parent.py for this configuration.</source>
        <translation>parent.py，由 PipeScope 生成：针对当前配置的笔记版 parent.py。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="76"/>
        <source>It ends on its own: stdin is closed after writing, reading stops at end-of-file.</source>
        <translation>它会自行结束：写完后关闭 stdin，读到文件结束（EOF）就停止读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="135"/>
        <source>If stdin is not subprocess.PIPE, child_p.stdin is None and the next line raises</source>
        <translation>如果 stdin 不是 subprocess.PIPE，child_p.stdin 为 None，下一行会引发</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="147"/>
        <source>end-of-file for the child: its readline() returns &apos;&apos;</source>
        <translation>对子进程来说就是文件结束：它的 readline() 返回 &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="150"/>
        <source>If stdout is not subprocess.PIPE, child_p.stdout is None and the next line raises</source>
        <translation>如果 stdout 不是 subprocess.PIPE，child_p.stdout 为 None，下一行会引发</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="154"/>
        <source>b&apos;&apos;: every write end is closed, the child has ended</source>
        <translation>b&apos;&apos;：所有写端都已关闭，子进程已经结束</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="161"/>
        <source>Never leave the child behind: it gets 10 seconds to end, then it is killed.</source>
        <translation>绝不丢下子进程不管：给它 10 秒结束，超时就终止它。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="178"/>
        <source>stdin is not PIPE: the parent holds no write end, so child_p.stdin is None and child_p.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin 不是 PIPE：父进程没有写端，所以 child_p.stdin 为 None，child_p.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/pythonprogram.cpp" line="181"/>
        <source>stdout is not PIPE: the parent holds no read end, so child_p.stdout is None and child_p.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>stdout 不是 PIPE：父进程没有读端，所以 child_p.stdout 为 None，child_p.stdout.readline() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。</translation>
    </message>
</context>
<context>
    <name>SourceLocator</name>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="288"/>
        <source>This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python source only hands it the fds highlighted here.</source>
        <translation>这个调用由 _posixsubprocess.fork_exec 在子进程中完成，它是用 C 写的：Python 源码只是把这里高亮的 fd 交给它。</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="291"/>
        <source>No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it on the caller&apos;s behalf, so it closes it here.</source>
        <translation>subprocess.py 中没有对应的行：在 Python 中由调用者打开并持有该文件；PipeScope 代替调用者打开了它，所以在这里关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcelocator.cpp" line="294"/>
        <source>Popen(pipesize=…) is only used on Python 3.10 and later.</source>
        <translation>Popen(pipesize=…) 只在 Python 3.10 及以后的版本中使用。</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="65"/>
        <source>subprocess.py, read-only. The highlighted lines carry out the current step.</source>
        <translation>subprocess.py（只读）。高亮的行执行当前步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="69"/>
        <location filename="../app/gui/sourcepanel.cpp" line="76"/>
        <source>Looking for python3&apos;s subprocess.py …</source>
        <translation>正在查找 python3 的 subprocess.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="153"/>
        <source>No python3 found: this is an annotated excerpt written for PipeScope, not CPython&apos;s subprocess.py. It follows the same structure, so the same lines light up.</source>
        <translation>没有找到 python3：这是为 PipeScope 编写的带注释摘录，不是 CPython 的 subprocess.py。它的结构与原文相同，因此会高亮相同的语句。</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="158"/>
        <source>subprocess.py of python3 %1: %2</source>
        <translation>python3 %1 的 subprocess.py：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="207"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="208"/>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="209"/>
        <source>Current step (%1): %2.</source>
        <translation>当前步骤（%1）：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="210"/>
        <source>Current step (%1): %2. %3</source>
        <translation>当前步骤（%1）：%2。%3</translation>
    </message>
    <message>
        <location filename="../app/gui/sourcepanel.cpp" line="212"/>
        <source>Current step (%1): no line of its own in this subprocess.py.</source>
        <translation>当前步骤（%1）：在这个 subprocess.py 中没有对应的行。</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="32"/>
        <source>MODEL — execution is POSIX: nothing Windows-specific runs here. Highlighted: the Win32 call that matches the POSIX step just done.</source>
        <translation>模型 —— 实际执行的是 POSIX：这里不会运行任何 Windows 特有的代码。高亮的是与刚完成的 POSIX 步骤对应的 Win32 调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="41"/>
        <source>Popen&apos;s handle setup, one call per row, in the order it runs. The step just done is bold; select any step to read about it.</source>
        <translation>Popen 设置句柄的过程，每行一个调用，按执行顺序排列。刚完成的步骤以粗体显示；选中任一步骤可查看说明。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="56"/>
        <source>The selected step: what the call does and why Popen makes it there.</source>
        <translation>选中的步骤：这个调用做了什么，以及 Popen 为什么在这里调用它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepspanel.cpp" line="97"/>
        <source>Steps on Windows (a model, %n call(s))</source>
        <translation>
            <numerusform>Windows 上的步骤（模型，共 %n 个调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepspanel.cpp" line="99"/>
        <source>Steps: none done yet, %n planned</source>
        <translation>
            <numerusform>步骤：尚未执行，共计划 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="101"/>
        <source>Steps: %1 of %2 done</source>
        <translation>步骤：已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="132"/>
        <source>The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no error pipe, no fork and no close-on-exec.</source>
        <translation>刚完成的 POSIX 步骤在 _get_handles 中没有对应的 Win32 调用：Windows 不需要错误管道、fork 和执行时关闭（close-on-exec）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="138"/>
        <source>Select a step to read what it does and why.</source>
        <translation>选中一个步骤，查看它做了什么以及原因。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="147"/>
        <source>Win32 counterpart of the step just done (%1 of %2)</source>
        <translation>与刚完成的步骤对应的 Win32 调用（第 %1/%2 个）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="148"/>
        <source>Step %1 of %2 — just done</source>
        <translation>第 %1/%2 步 —— 刚刚完成</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="150"/>
        <source>Next: step 1 of %1 — press Step (→) to make this call for real</source>
        <translation>下一步：第 1/%1 步 —— 按“单步”（→）真实地执行这个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="152"/>
        <source>Next: step %1 of %2</source>
        <translation>下一步：第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="154"/>
        <source>Step %1 of %2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/stepspanel.cpp" line="162"/>
        <source>Really: %1</source>
        <translation>实际：%1</translation>
    </message>
</context>
<context>
    <name>StreamEditor</name>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="33"/>
        <source>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</source>
        <translation>子进程的 %1（fd %2）得到什么：即 Popen 的 %1= 参数的值。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="40"/>
        <source>None: the child inherits the parent&apos;s own %1; no new handle is made.</source>
        <translation>None：子进程继承父进程自己的 %1；不创建新的句柄。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="42"/>
        <source>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</source>
        <translation>PIPE：新建一个匿名管道；父进程保留另一端作为 proc.%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="44"/>
        <source>DEVNULL: /dev/null, which reads as empty and discards writes.</source>
        <translation>DEVNULL：/dev/null，读取时为空，写入的内容被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="45"/>
        <source>An fd number the parent already has open, passed on as it is.</source>
        <translation>父进程中已打开的某个 fd 编号，原样传给子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="46"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="47"/>
        <source>A file the child reads as its stdin.</source>
        <translation>子进程把一个文件当作它的 stdin 来读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="48"/>
        <source>A file the child&apos;s output goes to.</source>
        <translation>子进程的输出写入一个文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="50"/>
        <source>STDOUT: stderr goes wherever stdout goes.</source>
        <translation>STDOUT：stderr 去往 stdout 所去的地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="56"/>
        <source>The fd number to pass as %1. It must be open in PipeScope when you run.</source>
        <translation>作为 %1 传递的 fd 编号。运行时它必须在 PipeScope 中处于打开状态。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="57"/>
        <source>fd number:</source>
        <translation>fd 编号：</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="62"/>
        <source>path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="63"/>
        <source>The file the child reads as stdin.</source>
        <translation>子进程作为 stdin 读取的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="64"/>
        <source>The file the child&apos;s %1 is written to.</source>
        <translation>子进程的 %1 写入的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="68"/>
        <source>Choose the file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="70"/>
        <source>append</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="72"/>
        <source>Open the file with O_APPEND instead of truncating it.</source>
        <translation>用 O_APPEND 打开文件，而不是将其截断。</translation>
    </message>
    <message>
        <location filename="../app/gui/streameditor.cpp" line="159"/>
        <source>File for %1</source>
        <translation>%1 使用的文件</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="34"/>
        <source>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</source>
        <translation>笔记中的 child.py：先打印“child process start”，然后对从 stdin 读到的每一行打印“&gt;&gt;&gt;get std in 该行”，直到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="38"/>
        <source>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</source>
        <translation>尽可能快地向 stdout 写入 BYTES 字节（例如 64K 或 10M）：超过一个管道能容纳的量。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="40"/>
        <source>Prints its own open fds as one line of JSON.</source>
        <translation>把自己打开的 fd 打印为一行 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="41"/>
        <source>Writes a line to stderr and &quot;ok&quot; to stdout.</source>
        <translation>向 stderr 写一行，向 stdout 写“ok”。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="42"/>
        <source>Sleeps SECONDS, then exits with status 0.</source>
        <translation>休眠 SECONDS 秒，然后以状态码 0 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="43"/>
        <source>Exits at once with status N.</source>
        <translation>立即以状态码 N 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="44"/>
        <source>Copies stdin to stdout byte for byte.</source>
        <translation>把 stdin 逐字节复制到 stdout。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="45"/>
        <source>Closes its stdout at once, then sleeps SECONDS.</source>
        <translation>立即关闭自己的 stdout，然后休眠 SECONDS 秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="47"/>
        <source>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</source>
        <translation>从 stdin 最多读取 BYTES 字节，然后不读剩下的就退出：父进程可能遇到管道断开。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="84"/>
        <source>Streams</source>
        <translation>标准流</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="85"/>
        <source>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</source>
        <translation>Popen(stdin=…, stdout=…, stderr=…)：子进程的每个标准流分别得到什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="99"/>
        <source>= PIPE:</source>
        <translation>= PIPE：</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="106"/>
        <source>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</source>
        <translation>%1=PIPE 的快捷方式。取消勾选会把 %1 恢复为 None（继承父进程的）。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="123"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="131"/>
        <source>The child to run: a mode of the demo child pipescope-child, or any other program.</source>
        <translation>要运行的子进程：演示子进程 pipescope-child 的某个模式，或任何其他程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="136"/>
        <source>Other program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="137"/>
        <source>Any program with its arguments, typed below.</source>
        <translation>任意程序及其参数，在下面输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="138"/>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="142"/>
        <source>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</source>
        <translation>所选模式的参数，例如 flood 的 64K 或 sleep 的 2。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="143"/>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="147"/>
        <source>e.g. python3 child.py</source>
        <translation>例如 python3 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="148"/>
        <source>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</source>
        <translation>任意程序及其参数，像 shell 一样拆分成单词（引号内的内容算一个单词）。当“程序”选择“其他程序”时使用。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="151"/>
        <source>&amp;Other program:</source>
        <translation>其他程序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="176"/>
        <source>Input written to stdin</source>
        <translation>写入 stdin 的输入</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="180"/>
        <source>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</source>
        <translation>父进程在关闭 proc.stdin 之前写入其中的内容，就像笔记中的 parent.py 用 child_p.stdin.write() 所做的那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="187"/>
        <source>Send line ends as \r\n, like parent.py</source>
        <translation>行尾发送 \r\n，与 parent.py 相同</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="189"/>
        <source>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</source>
        <translation>笔记中写入的是 f&quot;write data:{_}\r\n&quot;：每行以回车符和换行符结尾。取消勾选则只发送 \n。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="199"/>
        <source>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin 不是 PIPE：父进程没有持有写端，所以 proc.stdin 为 None，调用 proc.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="268"/>
        <source>Nothing to run yet.</source>
        <translation>还没有可运行的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="268"/>
        <source>Runs: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/streamspanel.cpp" line="269"/>
        <source>The argv the child is started with.</source>
        <translation>启动子进程时使用的 argv。</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="43"/>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="78"/>
        <source>Who</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="80"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../app/gui/tracemodel.cpp" line="82"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
</TS>
