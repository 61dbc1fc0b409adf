<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ByteFlowPlot</name>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="178"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="179"/>
        <source>Stop following the present; the run goes on and is recorded</source>
        <translation>停止跟随当前时刻；运行继续，数据照常记录</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="180"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="181"/>
        <source>Save both plots as a PNG image</source>
        <translation>把两幅图保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="182"/>
        <source>Wheel: zoom the time axis · drag: scroll back (pauses)</source>
        <translation>滚轮：缩放时间轴 · 拖动：回看（会暂停）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="183"/>
        <source>Top: bytes per second through each pipe. Bottom: how full each pipe is.</source>
        <translation>上：每个管道每秒通过的字节数。下：每个管道的填充程度。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="184"/>
        <source>seconds since start</source>
        <translation>自启动以来的秒数</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="185"/>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="186"/>
        <source>pipe fill (%)</source>
        <translation>管道填充（%）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stdin (written)</source>
        <translation>标准输入（写入）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stdout (read)</source>
        <translation>标准输出（读取）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="188"/>
        <source>stderr (read)</source>
        <translation>标准错误（读取）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="301"/>
        <source>Export the byte flow as PNG</source>
        <translation>将字节流导出为 PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="305"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/live/byteflowplot.cpp" line="305"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="18"/>
        <source>plan only</source>
        <translation>仅计划</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="20"/>
        <source>real only</source>
        <translation>仅实际</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="22"/>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="31"/>
        <source>The plan&apos;s step, done by the very call the plan shows.</source>
        <translation>计划中的这一步，正是由计划所示的调用完成的。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="33"/>
        <source>The plan&apos;s step, done by another call.</source>
        <translation>计划中的这一步，由另一个调用完成。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="35"/>
        <source>A step of the plan with no recorded call.</source>
        <translation>计划中的一步，没有对应的记录调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="37"/>
        <source>A call the real Popen made that no step of the plan accounts for.</source>
        <translation>真实 Popen 做了的一个调用，计划中没有任何一步与之对应。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="39"/>
        <source>The plan&apos;s step, done in another order.</source>
        <translation>计划中的这一步，以另一种顺序完成。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="50"/>
        <source>CPython&apos;s _posixsubprocess started the child with vfork() (a clone with CLONE_VM|CLONE_VFORK): the child borrows the parent&apos;s memory and the parent waits until the child has called exec. The plan shows fork(); the child&apos;s copy of the fd table is the same either way.</source>
        <translation>CPython 的 _posixsubprocess 用 vfork()（带 CLONE_VM|CLONE_VFORK 的 clone）启动子进程：子进程借用父进程的内存，父进程一直等到子进程调用了 exec。计划显示的是 fork()；两种方式下子进程得到的 fd 表副本都一样。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="54"/>
        <source>CPython called os.posix_spawn(), and glibc started the child with a clone using CLONE_VM|CLONE_VFORK; the child then did posix_spawn&apos;s file actions (its closes and dup2s) before exec. No code of CPython&apos;s runs in the child.</source>
        <translation>CPython 调用了 os.posix_spawn()，glibc 用带 CLONE_VM|CLONE_VFORK 的 clone 启动子进程；子进程随后在 exec 之前执行 posix_spawn 的文件操作（它的 close 和 dup2）。子进程中不运行 CPython 的任何代码。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="58"/>
        <source>posix_spawn needs no error pipe: glibc hands an exec failure back as posix_spawn&apos;s own result, and Python raises it as OSError.</source>
        <translation>posix_spawn 不需要错误管道：glibc 把 exec 失败作为 posix_spawn 自己的返回值交回，Python 将其作为 OSError 抛出。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="61"/>
        <source>The same closes in another order: _close_pipe_fds registers them on a contextlib.ExitStack, which calls them last first.</source>
        <translation>同样的 close，顺序不同：_close_pipe_fds 把它们登记在 contextlib.ExitStack 上，而 ExitStack 按后进先出的顺序调用它们。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="64"/>
        <source>Done in another order than the plan&apos;s.</source>
        <translation>完成的顺序与计划不同。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="66"/>
        <source>A call the plan leaves out.</source>
        <translation>计划中省略的一个调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="68"/>
        <source>The program was looked up in PATH: exec of each directory&apos;s candidate failed until one ran.</source>
        <translation>程序是在 PATH 中查找的：对每个目录中候选文件的 exec 都失败了，直到有一个运行起来。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="70"/>
        <source>The child cleared close-on-exec of an fd in pass_fds so that the program keeps it; the plan leaves this call out.</source>
        <translation>子进程清除了 pass_fds 中某个 fd 的 close-on-exec 标志，使程序能保留它；计划中省略了这个调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="73"/>
        <source>An assignment in _get_handles (a caller&apos;s fd, the /dev/null fd opened already, STDOUT): there is no call to record.</source>
        <translation>_get_handles 中的一次赋值（调用者的 fd、已打开的 /dev/null fd、STDOUT）：没有可以记录的调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="76"/>
        <source>This recording does not keep the call: opens and closes of files are recorded by pipescope-trace watch --filter=all only.</source>
        <translation>这次记录没有保存这个调用：只有 pipescope-trace watch --filter=all 才记录文件的打开和关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="79"/>
        <source>Bytes were not recorded, so the read of the error pipe is not in the recording; the parent&apos;s close of errpipe_read right after it stands for it.</source>
        <translation>没有记录字节，所以对错误管道的读取不在记录中；紧随其后父进程关闭 errpipe_read 的调用代表了它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="82"/>
        <source>The fd had no close-on-exec flag to clear: CPython only read the flags, a call this recording does not keep.</source>
        <translation>这个 fd 没有需要清除的 close-on-exec 标志：CPython 只读取了标志，这次记录不保存这个调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="85"/>
        <source>CPython uses the file object&apos;s fd: the caller opened the file, not Popen.</source>
        <translation>CPython 使用文件对象的 fd：文件是调用者打开的，不是 Popen。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="87"/>
        <source>CPython closes only its own pipe ends and its /dev/null fd, never the caller&apos;s file.</source>
        <translation>CPython 只关闭它自己的管道端和它的 /dev/null fd，从不关闭调用者的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="89"/>
        <source>The real Popen did not make this call.</source>
        <translation>真实的 Popen 没有做这个调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="152"/>
        <source>PipeScope&apos;s plan for %1 beside the calls the real CPython made.</source>
        <translation>PipeScope 对 %1 的计划，与真实 CPython 所做的调用并排对照。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="155"/>
        <source>It started the child with %1, without an error pipe.</source>
        <translation>它用 %1 启动子进程，没有错误管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="156"/>
        <source>It started the child through _posixsubprocess with %1; the plan shows these steps with fork().</source>
        <translation>它通过 _posixsubprocess 用 %1 启动子进程；计划用 fork() 展示这些步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="164"/>
        <source>For Python %1 PipeScope predicts the same way: %2.</source>
        <translation>对于 Python %1，PipeScope 预测的方式相同：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/comparetext.cpp" line="165"/>
        <source>For Python %1 PipeScope predicted %2: the recording is what counts.</source>
        <translation>对于 Python %1，PipeScope 预测的是 %2：以记录为准。</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="196"/>
        <source>proc.stdin.write(): Enter sends the line and a newline to the child&apos;s stdin</source>
        <translation>proc.stdin.write()：按回车把这一行连同换行符发送到子进程的标准输入</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="197"/>
        <source>A line for the child&apos;s stdin</source>
        <translation>发给子进程 stdin 的一行</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="198"/>
        <source>Close stdin (EOF)</source>
        <translation>关闭标准输入（EOF）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="199"/>
        <source>proc.stdin.close(): the child&apos;s next read returns 0 bytes (EOF)</source>
        <translation>proc.stdin.close()：子进程的下一次 read 返回 0 字节（EOF）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="201"/>
        <source>stdin — what the parent wrote</source>
        <translation>标准输入 — 父进程写入的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="202"/>
        <source>stdout — what the parent read</source>
        <translation>标准输出 — 父进程读到的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="203"/>
        <source>stderr — what the parent read</source>
        <translation>标准错误 — 父进程读到的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="209"/>
        <source>Every byte the parent wrote to the child&apos;s stdin, in order; bytes that are not text are shown escaped (\xNN, \r)</source>
        <translation>父进程写入子进程标准输入的每个字节，按顺序显示；非文本字节以转义形式显示（\xNN、\r）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="211"/>
        <source>Every byte the parent read from this pipe, in order; bytes that are not text are shown escaped (\xNN, \r)</source>
        <translation>父进程从这个管道读到的每个字节，按顺序显示；非文本字节以转义形式显示（\xNN、\r）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="213"/>
        <source>Why the parent has no bytes to show for this stream</source>
        <translation>为什么父进程在这个流上没有可显示的字节</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="314"/>
        <source>/dev/null, which is at EOF at once</source>
        <translation>/dev/null，读取时立即遇到 EOF</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="317"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="346"/>
        <source>the file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="320"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="349"/>
        <source>the parent&apos;s fd %1</source>
        <translation>父进程的 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="323"/>
        <source>PipeScope&apos;s own stdin (a terminal, or /dev/null when started from the desktop)</source>
        <translation>PipeScope 自己的标准输入（终端；从桌面启动时为 /dev/null）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="326"/>
        <source>proc.stdin is None → proc.stdin.%1() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;%1&apos;.
stdin=%2 is not PIPE: no pipe was made for it, so the parent holds no write end (p2cwrite is -1). The child reads %3 instead.</source>
        <translation>proc.stdin 为 None → proc.stdin.%1() 引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;%1&apos;。
stdin=%2 不是 PIPE：没有为它创建管道，所以父进程不持有写端（p2cwrite 为 -1）。子进程改为从 %3 读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="337"/>
        <source>proc.stderr is None: stderr=STDOUT makes errwrite the same as c2pwrite, so what the child writes to fd 2 goes where fd 1 goes — into the stdout view, in the order it was written.</source>
        <translation>proc.stderr 为 None：stderr=STDOUT 使 errwrite 与 c2pwrite 相同，所以子进程写到 fd 2 的内容和 fd 1 去往同一处 — 按写入顺序出现在标准输出视图中。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="343"/>
        <source>/dev/null, which drops every byte</source>
        <translation>/dev/null，丢弃每一个字节</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="352"/>
        <source>PipeScope&apos;s own %1 (the terminal or log it was started with)</source>
        <translation>PipeScope 自己的 %1（启动它的终端或日志）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="356"/>
        <source>proc.%1 is None → proc.%1.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.
%1=%2 is not PIPE: the parent holds no read end (%3 is -1). The child writes to %4 instead.</source>
        <translation>proc.%1 为 None → proc.%1.readline() 引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。
%1=%2 不是 PIPE：父进程不持有读端（%3 为 -1）。子进程改为写到 %4。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="442"/>
        <source>[EOF]</source>
        <translation>[EOF]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="445"/>
        <source>[EPIPE: the child closed its stdin or exited; the rest of the input was not written]</source>
        <translation>[EPIPE：子进程关闭了自己的 stdin 或已经退出；其余输入没有写入]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="448"/>
        <location filename="../app/gui/live/consolewidget.cpp" line="451"/>
        <source>[stdin closed: the child reads EOF]</source>
        <translation>[标准输入已关闭：子进程读到 EOF]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="451"/>
        <source>[closed by the parent]</source>
        <translation>[已被父进程关闭]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="488"/>
        <source>[… %1 bytes not shown: they went by faster than a screen can show them …]</source>
        <translation>[… 有 %1 字节未显示：它们流过的速度超过了屏幕的显示能力 …]</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="556"/>
        <source>Older bytes were dropped to keep the last %1 here: %2 dropped so far.</source>
        <translation>为了只保留最近的 %1，较早的字节已被丢弃：迄今共丢弃 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="563"/>
        <source>%1 · %2 written</source>
        <translation>%1 · 已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="563"/>
        <source>%1 · %2 read</source>
        <translation>%1 · 已读取 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="603"/>
        <source>Start a scenario, then type a line for the child&apos;s stdin here</source>
        <translation>先启动一个场景，然后在这里输入要发给子进程标准输入的一行</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="605"/>
        <source>proc.stdin is None: press Enter to see why nothing can be written</source>
        <translation>proc.stdin 为 None：按回车查看为什么无法写入</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="607"/>
        <source>A line for the child&apos;s stdin — Enter sends it with a newline</source>
        <translation>发给子进程标准输入的一行 — 回车连同换行符一起发送</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="620"/>
        <source>The child has exited: nothing reads its stdin any more.</source>
        <translation>子进程已退出：再没有谁读取它的标准输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="621"/>
        <source>Start a scenario first: there is no child to write to yet.</source>
        <translation>请先启动一个场景：还没有可以写入的子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="634"/>
        <source>proc.stdin is closed → proc.stdin.write() raises ValueError: write to closed file. The child has read EOF; start the scenario again to talk to a new one.</source>
        <translation>proc.stdin 已关闭 → proc.stdin.write() 引发 ValueError: write to closed file。子进程已读到 EOF；重新启动场景，与新的子进程对话。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="643"/>
        <source>This parent writes its own input and then closes stdin (%1); typing is for the scenarios where you are the parent.</source>
        <translation>这个父进程自己写入输入，然后关闭标准输入（%1）；在由你充当父进程的场景里才能输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/consolewidget.cpp" line="653"/>
        <source>The line was not sent: the child is not reading, and too much input already waits for it.</source>
        <translation>这一行没有发送：子进程没有在读取，已有太多输入在等待它。</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="65"/>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="68"/>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="71"/>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="74"/>
        <source>Not an executable format</source>
        <translation>不是可执行文件格式</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="77"/>
        <source>A component of the path is not a directory</source>
        <translation>路径中的某一部分不是目录</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="80"/>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="83"/>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="86"/>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="89"/>
        <source>The file is busy (being written)</source>
        <translation>文件正忙（正在被写入）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="92"/>
        <source>Argument list too long</source>
        <translation>参数列表过长</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="95"/>
        <source>Out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="98"/>
        <source>Too many open files in this process</source>
        <translation>本进程打开的文件过多</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="101"/>
        <source>Too many open files in the system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="104"/>
        <source>Bad file descriptor (the fd is not open)</source>
        <translation>错误的 fd（该 fd 没有打开）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="107"/>
        <source>Broken pipe (no process reads the other end)</source>
        <translation>管道已断开（另一端已没有进程在读）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="110"/>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="113"/>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="116"/>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="119"/>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="144"/>
        <source>No value given for %1.</source>
        <translation>没有为 %1 指定值。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="146"/>
        <source>&apos;%1&apos; is not a valid value for %2: use none, pipe, devnull, fd:N, file:PATH or stdout.</source>
        <translation>“%1”不是 %2 的有效值：请使用 none、pipe、devnull、fd:N、file:PATH 或 stdout。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="149"/>
        <source>%1: &apos;fd:&apos; needs a number, for example fd:3.</source>
        <translation>%1：“fd:”后面需要一个数字，例如 fd:3。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="151"/>
        <source>%1: &apos;%2&apos; is not an fd number.</source>
        <translation>%1：“%2”不是 fd 编号。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="153"/>
        <source>%1: an fd number cannot be negative (&apos;%2&apos;).</source>
        <translation>%1：fd 编号不能为负数（“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="155"/>
        <source>%1: &apos;file:&apos; needs a path.</source>
        <translation>%1：“file:”后面需要一个路径。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="157"/>
        <source>%1: STDOUT can only be given for stderr.</source>
        <translation>%1：STDOUT 只能用于 stderr。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="159"/>
        <source>Nothing to run: choose a pipescope-child mode or enter a program.</source>
        <translation>没有可运行的程序：请选择一个 pipescope-child 模式，或输入一个程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="161"/>
        <source>%1=%2: fd %2 is not open in PipeScope, so there is nothing for the child to inherit.</source>
        <translation>%1=%2：PipeScope 中没有打开 fd %2，子进程无从继承。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="164"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="165"/>
        <source>%1 failed for &apos;%2&apos;: %3</source>
        <translation>对“%2”调用 %1 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="166"/>
        <source>Cannot set up %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="170"/>
        <source>The child could not set up %1 before running &apos;%2&apos;: %3 failed: %4</source>
        <translation>子进程在运行“%2”之前无法设置 %1：%3 失败：%4</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="172"/>
        <source>The child failed before running &apos;%1&apos;: %2 failed: %3</source>
        <translation>子进程在运行“%1”之前出错：%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="174"/>
        <source>Cannot run &apos;%1&apos;: %2</source>
        <translation>无法运行“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="176"/>
        <source>Every step has been done already: there is no next step.</source>
        <translation>所有步骤都已执行完毕：没有下一步了。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="178"/>
        <source>The child did not reach its next step in time.</source>
        <translation>子进程没有按时到达下一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="179"/>
        <source>The child running &apos;%1&apos; did not reach its next step in time.</source>
        <translation>运行“%1”的子进程没有按时到达下一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="181"/>
        <source>Cannot read %1: the content is malformed.</source>
        <translation>无法读取 %1：内容格式错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="189"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="196"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="198"/>
        <source>Child</source>
        <translation>子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="200"/>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="318"/>
        <source>GetStdHandle() returned None: this process has no standard handle of that kind (pythonw.exe, a GUI program or a service can be without one). _get_handles creates a pipe only to give the child a valid %1 handle (%2); the other end is closed in the next step.</source>
        <translation>GetStdHandle() 返回了 None：本进程没有这种标准句柄（pythonw.exe、GUI 程序或服务都可能没有）。_get_handles 创建一个管道，只是为了给子进程一个有效的 %1 句柄（%2）；另一端在下一步就被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="378"/>
        <source>fork() creates the child. These steps show CPython&apos;s _posixsubprocess.fork_exec path, the one with an errpipe and work done in the child between fork and exec, because every call of it can be stopped and watched. CPython takes it whenever it does not use os.posix_spawn(); on Linux, from Python 3.10, without preexec_fn or user/group changes, it calls vfork() instead of fork(). The fork comes after the pipes on purpose: the child starts with a copy of the parent&apos;s whole fd table, so it inherits every end made above, both ends of every pipe included, and the next steps sort out which ones it keeps.</source>
        <translation>fork() 创建子进程。这些步骤展示的是 CPython 的 _posixsubprocess.fork_exec 路径，也就是带 errpipe、在 fork 与 exec 之间由子进程做事的那条路径，因为它的每个调用都可以停下来观察。只要不使用 os.posix_spawn()，CPython 就走这条路径；在 Linux 上，从 Python 3.10 起，没有 preexec_fn、也不改变用户/组时，它调用 vfork() 而不是 fork()。fork 特意放在创建管道之后：子进程一开始就拥有父进程整个 fd 表的副本，所以继承了上面创建的每一端，包括每个管道的两端，接下来的步骤再决定它保留哪些。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="389"/>
        <source>In the child: close the parent&apos;s ends (%1) and errpipe&apos;s read end. They are close-on-exec anyway, so exec would drop them too. A child holding p2cwrite would keep its own stdin from ever reaching end-of-file; the parent&apos;s read ends belong to the parent alone, so that once the parent has closed them the child&apos;s writes fail with EPIPE instead of filling a pipe nobody reads.</source>
        <translation>在子进程中：关闭父进程的端（%1）和 errpipe 的读端。它们本来就是执行时关闭的，exec 也会丢掉它们。子进程若持有 p2cwrite，它自己的 stdin 就永远读不到文件结束；父进程的读端只属于父进程，这样父进程一旦关闭它们，子进程的写入就会以 EPIPE 失败，而不是去填一个没人读的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="420"/>
        <source>In the parent: close p2cread, the child&apos;s end of the stdin pipe; the child has its own copy. If the parent kept it, the pipe would always have a reader: once the child has exited, the parent&apos;s writes would block for ever on a full pipe instead of failing with EPIPE.</source>
        <translation>在父进程中：关闭 p2cread，也就是 stdin 管道中属于子进程的一端；子进程已有自己的副本。如果父进程留着它，这个管道就永远有读者：子进程退出之后，父进程的写入会在满管道上永远阻塞，而不是以 EPIPE 失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="429"/>
        <source>In the parent: PipeScope closes the file it opened for %1 on the caller&apos;s behalf; the child has its own copy. Popen itself never closes a file you pass: _close_pipe_fds closes only the pipe ends it made and its /dev/null fd, so closing the file is up to your code.</source>
        <translation>在父进程中：PipeScope 关闭它代调用者为 %1 打开的文件；子进程已有自己的副本。Popen 本身从不关闭你传入的文件：_close_pipe_fds 只关闭它自己创建的管道端和它的 /dev/null fd，所以关闭文件是你的代码的事。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="437"/>
        <source>%1 is None, but another stream is not: _winapi.GetStdHandle(%2) fetches the parent&apos;s own standard handle, and the next steps give the child an inheritable duplicate of it. On Windows None still makes a new handle, unless all three streams are None.</source>
        <translation>%1 为 None，但另一个流不是：_winapi.GetStdHandle(%2) 取得父进程自己的标准句柄，接下来的步骤把它的一个可继承副本交给子进程。在 Windows 上，None 仍然会产生一个新句柄，除非三个流都为 None。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="461"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: CreatePipe(None, 0) made a handle the child could not inherit.</source>
        <translation>_make_inheritable() 调用 DuplicateHandle(..., bInheritHandle=TRUE)，并把得到的副本用作 %1：CreatePipe(None, 0) 创建的句柄是子进程无法继承的。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="465"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: the child gets an inheritable copy, while the parent&apos;s own standard handle stays exactly as it was.</source>
        <translation>_make_inheritable() 调用 DuplicateHandle(..., bInheritHandle=TRUE)，并把得到的副本用作 %1：子进程得到一个可继承的副本，而父进程自己的标准句柄保持原样。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="470"/>
        <source>_make_inheritable() calls DuplicateHandle(..., bInheritHandle=TRUE) and uses the duplicate as %1: the child gets an inheritable copy, while the handle behind the caller&apos;s fd or file is not changed.</source>
        <translation>_make_inheritable() 调用 DuplicateHandle(..., bInheritHandle=TRUE)，并把得到的副本用作 %1：子进程得到一个可继承的副本，而调用者的 fd 或文件背后的句柄不会被改变。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="477"/>
        <source>close_fds=True, the default on Windows too since Python 3.7: _execute_child puts p2cread, c2pwrite and errwrite, and nothing else, into the attribute list&apos;s handle list (PROC_THREAD_ATTRIBUTE_HANDLE_LIST), leaving out duplicates and console pseudo-handles. bInheritHandles is then TRUE, but the child inherits only the handles on this list. It is also how a Windows child is given more handles, through startupinfo.lpAttributeList[&apos;handle_list&apos;]: pass_fds is POSIX only (on Windows, _execute_child asserts that it is empty).</source>
        <translation>close_fds=True，自 Python 3.7 起在 Windows 上也是默认值：_execute_child 把 p2cread、c2pwrite 和 errwrite（仅此三个）放进属性列表的句柄列表（PROC_THREAD_ATTRIBUTE_HANDLE_LIST），并去掉重复项和控制台伪句柄。于是 bInheritHandles 为 TRUE，但子进程只继承这个列表中的句柄。要让 Windows 子进程得到更多句柄，也是通过它：startupinfo.lpAttributeList[&apos;handle_list&apos;]；pass_fds 只适用于 POSIX（在 Windows 上，_execute_child 断言它为空）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="484"/>
        <source>STARTUPINFO.hStdInput, hStdOutput and hStdError get p2cread, c2pwrite and errwrite, with STARTF_USESTDHANDLES. Windows has no fds 0, 1 and 2 to dup2() onto: the child&apos;s standard handles are named here instead. _execute_child does this only when none of the three is -1, which is every case except all three None.</source>
        <translation>STARTUPINFO.hStdInput、hStdOutput 和 hStdError 分别得到 p2cread、c2pwrite 和 errwrite，并设置 STARTF_USESTDHANDLES。Windows 没有可供 dup2() 的 fd 0、1、2：子进程的标准句柄改在这里指定。只有三者都不是 -1 时 _execute_child 才这样做，也就是除三个流都为 None 以外的所有情况。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="490"/>
        <source>All three streams are None: _get_handles returned six -1, so STARTUPINFO names no standard handles (no STARTF_USESTDHANDLES) and, with close_fds=True, CreateProcess gets bInheritHandles=FALSE: the child inherits no handle from the parent.</source>
        <translation>三个流都为 None：_get_handles 返回了六个 -1，所以 STARTUPINFO 不指定任何标准句柄（没有 STARTF_USESTDHANDLES）；在 close_fds=True 时，CreateProcess 得到 bInheritHandles=FALSE：子进程不从父进程继承任何句柄。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="494"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child. Because of the handle list it inherits only p2cread, c2pwrite and errwrite, not every inheritable handle of the parent. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation>CreateProcess(..., bInheritHandles=TRUE) 启动子进程。由于有句柄列表，它只继承 p2cread、c2pwrite 和 errwrite，而不是父进程所有可继承的句柄。这里没有 fork：子进程立即运行新程序，除此之外不从父进程得到任何东西。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="497"/>
        <source>CreateProcess(..., bInheritHandles=TRUE) starts the child. close_fds=False and no handle list: the child inherits every inheritable handle the parent has. There is no fork: the child runs the new program at once and gets nothing else from the parent.</source>
        <translation>CreateProcess(..., bInheritHandles=TRUE) 启动子进程。close_fds=False，没有句柄列表：子进程继承父进程所有可继承的句柄。这里没有 fork：子进程立即运行新程序，除此之外不从父进程得到任何东西。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="559"/>
        <source>broken pipe (EPIPE): no process holds stdin&apos;s read end any more (the child closed fd 0 or exited)</source>
        <translation>管道断开（EPIPE）：已经没有进程持有 stdin 的读端（子进程关闭了 fd 0 或已经退出）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="324"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin.</source>
        <translation>_winapi.CreatePipe(None, 0) 创建一个匿名管道：一个读句柄和一个写句柄，此时两者都还不可继承。因为 stdin=PIPE，子进程将从 p2cread 读取，父进程保留 p2cwrite 作为 proc.stdin。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="183"/>
        <source>Stopped while open() of &apos;%1&apos; waited: it is a FIFO, and nobody opened its other end.</source>
        <translation>在对「%1」的 open() 等待时被停止：它是一个 FIFO，而没有人打开它的另一端。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="185"/>
        <source>This system refused to let PipeScope record the program: %1 failed: %2. It may already be traced (by a debugger or strace), or ptrace may be forbidden here; it can still run without recording.</source>
        <translation>系统拒绝让 PipeScope 记录该程序：%1 失败：%2。它可能已被跟踪（被调试器或 strace），或此处禁止使用 ptrace；仍可不记录直接运行它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="327"/>
        <source>_winapi.CreatePipe(None, 0) creates an anonymous pipe: a read handle and a write handle, neither inheritable yet. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1.</source>
        <translation>_winapi.CreatePipe(None, 0) 创建一个匿名管道：一个读句柄和一个写句柄，此时两者都还不可继承。因为 %1=PIPE，子进程将写入 %2，父进程保留 %3 作为 proc.%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="332"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because stdin=PIPE, the child will read from p2cread and the parent keeps p2cwrite as proc.stdin. Without it proc.stdin is None, and proc.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>os.pipe() 创建一个匿名管道：一个读端和一个写端，两者都设置了 close-on-exec（执行时关闭）。因为 stdin=PIPE，子进程将从 p2cread 读取，父进程保留 p2cwrite 作为 proc.stdin。如果没有这个管道，proc.stdin 就是 None，调用 proc.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="336"/>
        <source>os.pipe() creates an anonymous pipe: a read end and a write end, both close-on-exec. Because %1=PIPE, the child will write into %2 and the parent keeps %3 as proc.%1. Without it proc.%1 is None, and proc.%1.readline() raises AttributeError.</source>
        <translation>os.pipe() 创建一个匿名管道：一个读端和一个写端，两者都设置了 close-on-exec（执行时关闭）。因为 %1=PIPE，子进程将写入 %2，父进程保留 %3 作为 proc.%1。如果没有这个管道，proc.%1 就是 None，调用 proc.%1.readline() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="341"/>
        <source>fcntl(F_SETPIPE_SZ) changes how many bytes the %1 pipe can hold, because Popen was given pipesize=. A writer only blocks when the pipe is full, so a bigger pipe lets it run further ahead of the reader.</source>
        <translation>fcntl(F_SETPIPE_SZ) 修改 %1 管道能容纳的字节数，因为调用 Popen 时传了 pipesize=。写者只有在管道写满时才会阻塞，所以管道越大，写者就能比读者领先得越多。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="346"/>
        <source>os.open(os.devnull, O_RDWR) opens /dev/null, because %1=DEVNULL: reading it gives end-of-file at once, and whatever is written to it is thrown away.</source>
        <translation>os.open(os.devnull, O_RDWR) 打开 /dev/null，因为 %1=DEVNULL：从它读取会立即得到文件结束（EOF），写入它的任何内容都会被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="350"/>
        <source>%1=DEVNULL as well: Popen reuses the /dev/null fd it has already opened instead of opening another one.</source>
        <translation>%1 也是 DEVNULL：Popen 复用已经打开的 /dev/null fd，而不是再打开一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="355"/>
        <source>The file &apos;%1&apos; is opened for reading and becomes p2cread. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>以只读方式打开文件“%1”，作为 p2cread。在 Python 中你传入的是一个已打开的文件对象；Popen 只使用它的 fileno()。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="358"/>
        <source>The file &apos;%1&apos; is opened for writing and becomes %2. In Python you pass an open file object; Popen only uses its fileno().</source>
        <translation>以写入方式打开文件“%1”，作为 %2。在 Python 中你传入的是一个已打开的文件对象；Popen 只使用它的 fileno()。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="362"/>
        <source>%1 was given as the number %2: Popen uses that fd as it is, so the child gets a copy of an fd the parent already has open.</source>
        <translation>%1 被指定为数字 %2：Popen 原样使用这个 fd，于是子进程得到的是父进程中一个已打开的 fd 的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="368"/>
        <source>stderr=STDOUT while stdout is not redirected: errwrite is the parent&apos;s own fd 1, so the child&apos;s error output goes wherever the parent&apos;s standard output goes.</source>
        <translation>stderr=STDOUT，而 stdout 没有重定向：errwrite 就是父进程自己的 fd 1，所以子进程的错误输出会去往父进程标准输出所去的地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="371"/>
        <source>stderr=STDOUT: errwrite is set to c2pwrite, so the child&apos;s error output goes to the same place as its standard output.</source>
        <translation>stderr=STDOUT：errwrite 被设为 c2pwrite，所以子进程的错误输出和它的标准输出去往同一个地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="374"/>
        <source>A private pipe (errpipe) lets the child report a failure between fork and exec: the child writes the errno into it. Its write end is close-on-exec, so a successful exec closes it and the parent reads end-of-file.</source>
        <translation>一个私有管道（errpipe）让子进程能报告 fork 与 exec 之间发生的失败：子进程把 errno 写进去。它的写端设置了 close-on-exec，所以 exec 成功时写端会被自动关闭，父进程读到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="387"/>
        <source>In the child: close errpipe&apos;s read end. The parent keeps no pipe ends in this configuration, so there is nothing else to close.</source>
        <translation>在子进程中：关闭 errpipe 的读端。在这种配置下父进程不保留任何管道端，所以没有其他需要关闭的。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="395"/>
        <source>In the child: %1 sits on an fd that one of the following dup2() calls would overwrite, so it is first copied to a higher fd with dup().</source>
        <translation>在子进程中：%1 所在的 fd 会被后面的某个 dup2() 覆盖，所以先用 dup() 把它复制到一个编号更大的 fd 上。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="399"/>
        <source>In the child: dup2(%1, %2) makes fd %2, the number every program uses for %3, refer to what %1 refers to. The copy dup2() makes is not close-on-exec, so it survives exec.</source>
        <translation>在子进程中：dup2(%1, %2) 让 fd %2（每个程序都把这个编号当作 %3）指向 %1 所指向的对象。dup2() 复制出的 fd 没有 close-on-exec 标志，所以它在 exec 之后依然存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="405"/>
        <source>In the child: %1 already is fd %2, so dup2() would change nothing; Popen clears its close-on-exec flag instead, so that it survives exec.</source>
        <translation>在子进程中：%1 已经就是 fd %2，dup2() 不会改变任何东西；因此 Popen 改为清除它的 close-on-exec 标志，使它在 exec 之后依然存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="410"/>
        <source>In the child: close_fds=True closes every fd above 2 except errpipe&apos;s write end (and pass_fds), so the program starts with only stdin, stdout and stderr.</source>
        <translation>在子进程中：close_fds=True 关闭所有大于 2 的 fd，只保留 errpipe 的写端（以及 pass_fds），所以程序启动时只有标准输入、标准输出和标准错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="413"/>
        <source>In the child: execve() replaces the program. Every close-on-exec fd vanishes now, errpipe&apos;s write end among them, which tells the parent that exec succeeded.</source>
        <translation>在子进程中：execve() 替换掉正在运行的程序。所有设置了 close-on-exec 的 fd 此刻都会消失，其中包括 errpipe 的写端，这就告诉父进程 exec 成功了。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="416"/>
        <source>In the parent: close errpipe&apos;s write end. Only the child&apos;s copy is left, so the parent&apos;s read on errpipe ends as soon as the child&apos;s exec succeeds.</source>
        <translation>在父进程中：关闭 errpipe 的写端。这样只剩子进程手里的那份副本，子进程一旦 exec 成功，父进程对 errpipe 的读取就会结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="423"/>
        <source>In the parent: close %1, the child&apos;s end of the %2 pipe; the child has its own copy. If the parent kept it, reading %2 would never reach end-of-file, even after the child exits.</source>
        <translation>在父进程中：关闭 %1，即 %2 管道中属于子进程的一端；子进程已有自己的副本。如果父进程保留它，即使子进程退出，读取 %2 也永远读不到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="427"/>
        <source>In the parent: close the DEVNULL fd; the child has its own copy.</source>
        <translation>在父进程中：关闭 DEVNULL 的 fd；子进程已有自己的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="434"/>
        <source>In the parent: read errpipe until end-of-file. End-of-file means exec succeeded and Popen returns; data would be the child&apos;s errno, raised as an OSError such as FileNotFoundError.</source>
        <translation>在父进程中：读取 errpipe 直到文件结束（EOF）。读到 EOF 表示 exec 成功，Popen 随即返回；如果读到数据，那就是子进程的 errno，会作为 OSError（例如 FileNotFoundError）引发。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="443"/>
        <source>%1=DEVNULL: msvcrt.get_osfhandle() turns the C runtime fd of the NUL device (Windows&apos; /dev/null) into the Win32 handle behind it.</source>
        <translation>%1=DEVNULL：msvcrt.get_osfhandle() 把 NUL 设备（Windows 上的 /dev/null）的 C 运行库 fd 转换为其背后的 Win32 句柄。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="446"/>
        <source>msvcrt.get_osfhandle() turns the C runtime fd given for %1 into the Win32 handle behind it: a Windows child inherits handles, not fd numbers.</source>
        <translation>msvcrt.get_osfhandle() 把为 %1 指定的 C 运行库 fd 转换为其背后的 Win32 句柄：Windows 子进程继承的是句柄，而不是 fd 编号。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="451"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: the child&apos;s stdin reads end-of-file immediately.</source>
        <translation>CloseHandle(_) 立即关闭这个占位管道的另一端：子进程从标准输入读取时会马上得到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="453"/>
        <source>CloseHandle(_) closes the dummy pipe&apos;s other end at once: nothing will ever read what the child writes to %1, so its writes fail with a broken pipe.</source>
        <translation>CloseHandle(_) 立即关闭这个占位管道的另一端：子进程写到 %1 的内容永远不会有人读取，所以它的写入会因管道断开而失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="501"/>
        <source>The parent closes its copy of %1, the child&apos;s %2 handle; the child has its own. As on POSIX, a pipe only reports end-of-file when every write handle is closed.</source>
        <translation>父进程关闭自己持有的 %1 副本（即子进程的 %2 句柄）；子进程已有自己的一份。与 POSIX 一样，只有所有写句柄都关闭后，管道才会报告文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="514"/>
        <source>pipe for %1 created: read end fd %2, write end fd %3</source>
        <translation>已为 %1 创建管道：读端 fd %2，写端 fd %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="516"/>
        <source>%1 pipe resized: it now holds %2 bytes</source>
        <translation>%1 管道已调整大小：现在可容纳 %2 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="518"/>
        <source>/dev/null fd %1 reused for %2</source>
        <translation>%2 复用 /dev/null 的 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="519"/>
        <source>/dev/null opened as fd %1 for %2</source>
        <translation>为 %2 打开 /dev/null，得到 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="521"/>
        <source>&apos;%1&apos; opened as fd %2 for %3</source>
        <translation>为 %3 打开“%1”，得到 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="523"/>
        <source>fd %1 used as it is for %2</source>
        <translation>%2 原样使用 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="525"/>
        <source>stderr=STDOUT: errwrite is fd %1</source>
        <translation>stderr=STDOUT：errwrite 是 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="527"/>
        <source>errpipe created: read end fd %1, write end fd %2</source>
        <translation>已创建 errpipe：读端 fd %1，写端 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="529"/>
        <source>fork: the child is pid %1</source>
        <translation>fork：子进程的 pid 为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="531"/>
        <source>the child closed fds %1</source>
        <translation>子进程关闭了 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="533"/>
        <source>the child moved fd %1 to fd %2</source>
        <translation>子进程把 fd %1 移到了 fd %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="535"/>
        <source>the child called dup2(%1, %2): its %3 is now the fd the parent made</source>
        <translation>子进程调用了 dup2(%1, %2)：它的 %3 现在就是父进程创建的那个 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="540"/>
        <source>the child cleared close-on-exec on fd %1</source>
        <translation>子进程清除了 fd %1 的 close-on-exec 标志</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="542"/>
        <source>the child closed every fd above 2 except fd %1 (close_fds)</source>
        <translation>子进程关闭了所有大于 2 的 fd，只保留 fd %1（close_fds）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="544"/>
        <source>the child ran execve(&apos;%1&apos;)</source>
        <translation>子进程执行了 execve(&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="546"/>
        <source>execve(&apos;%1&apos;) failed in the child: %2</source>
        <translation>子进程中 execve(&apos;%1&apos;) 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="548"/>
        <source>%1 failed in the child before exec: %2</source>
        <translation>子进程在 exec 之前调用 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="550"/>
        <source>the parent closed fd %1</source>
        <translation>父进程关闭了 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="551"/>
        <source>the parent closed fd %1 (%2)</source>
        <translation>父进程关闭了 fd %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="553"/>
        <source>errpipe reached end-of-file: exec succeeded</source>
        <translation>errpipe 读到文件结束（EOF）：exec 成功</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/describe.cpp" line="555"/>
        <source>the parent wrote %n byte(s) to stdin</source>
        <translation>
            <numerusform>父进程向标准输入写入了 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="557"/>
        <source>the parent closed stdin: the child will read end-of-file</source>
        <translation>父进程关闭了标准输入：子进程将读到文件结束（EOF）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/describe.cpp" line="561"/>
        <source>the parent read %n byte(s) from %1</source>
        <translation>
            <numerusform>父进程从 %1 读取了 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="563"/>
        <source>%1 reached end-of-file: every write end is closed</source>
        <translation>%1 读到文件结束（EOF）：所有写端都已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="565"/>
        <source>the child exited with status %1</source>
        <translation>子进程退出，状态码为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="567"/>
        <source>the child was killed by signal %1 (%2)</source>
        <translation>子进程被信号 %1（%2）杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="569"/>
        <source>the parent gave up waiting after %1 ms</source>
        <translation>父进程等待 %1 毫秒后放弃</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="571"/>
        <source>the parent sent %1 to the child</source>
        <translation>父进程向子进程发送了 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="581"/>
        <source>read end %1, write end %2</source>
        <translation>读端 %1，写端 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="583"/>
        <source>fd %1: %2 bytes</source>
        <translation>fd %1：%2 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="589"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="591"/>
        <source>child pid %1</source>
        <translation>子进程 pid %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="599"/>
        <source>kept fd %1</source>
        <translation>保留 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="609"/>
        <source>read(%1): end-of-file</source>
        <translation>read(%1)：文件结束（EOF）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="619"/>
        <source>pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="623"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="625"/>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="627"/>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="629"/>
        <source>anonymous inode</source>
        <translation>匿名 inode</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="631"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="640"/>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="642"/>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="644"/>
        <source>read/write</source>
        <translation>读写</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="652"/>
        <source>timed out: the child was killed and reaped</source>
        <translation>超时：子进程已被杀死并回收</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="654"/>
        <source>stopped: the child was killed and reaped</source>
        <translation>已停止：子进程已被杀死并回收</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="656"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/text/describe.cpp" line="657"/>
        <source>exited with status %1</source>
        <translation>已退出，状态码为 %1</translation>
    </message>
</context>
<context>
    <name>DiagramItem</name>
    <message>
        <location filename="../app/gui/diagram/diagramitem.cpp" line="225"/>
        <location filename="../app/gui/shell/webpage.cpp" line="134"/>
        <source>write end</source>
        <translation>写端</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramitem.cpp" line="227"/>
        <location filename="../app/gui/shell/webpage.cpp" line="134"/>
        <source>read end</source>
        <translation>读端</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="516"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="679"/>
        <source>Before Popen(): only the parent exists</source>
        <translation>调用 Popen() 之前：只有父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="519"/>
        <source>Step %1 of %2 · %3: %4</source>
        <translation>第 %1/%2 步 · %3：%4</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="280"/>
        <source>pipe to the outside</source>
        <translation>通往外部的管道</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="282"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="728"/>
        <source>%1 pipe</source>
        <translation>%1 管道</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="288"/>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="295"/>
        <source>reads: EOF · writes: discarded</source>
        <translation>读：立即 EOF · 写：被丢弃</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="558"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="769"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="564"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="777"/>
        <source>Child</source>
        <translation>子进程</translation>
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
        <translation>pid %1 · 已结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="560"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="568"/>
        <source>+ %n more fd(s), PipeScope&apos;s own</source>
        <translation>
            <numerusform>另有 %n 个 PipeScope 自己的 fd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="243"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="575"/>
        <source>Dashed: close-on-exec, vanishes at exec. Pipes: bytes flow from the write end to the read end.</source>
        <translation>虚线：执行时关闭（close-on-exec），exec 时消失。管道：字节从写端流向读端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="658"/>
        <source>%1, not inheritable</source>
        <translation>%1，不可继承</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="660"/>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="728"/>
        <source>dummy %1 pipe</source>
        <translation>%1 的占位管道</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="662"/>
        <source>own %1</source>
        <translation>自己的 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="664"/>
        <source>inherited</source>
        <translation>继承来的</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="682"/>
        <source>Win32 call %1 of %2: %3</source>
        <translation>Win32 调用 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="685"/>
        <source>_make_inheritable: a copy made with bInheritHandle=TRUE, which the child can inherit.</source>
        <translation>_make_inheritable：用 bInheritHandle=TRUE 复制出的句柄，子进程可以继承它。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="687"/>
        <source>The child is suspended: the handles drawn in it are what it inherited.</source>
        <translation>子进程处于挂起状态：图中它持有的句柄就是它继承到的。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="689"/>
        <source>The child runs: its standard handles are the ones STARTUPINFO named.</source>
        <translation>子进程开始运行：它的标准句柄就是 STARTUPINFO 指定的那些。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="692"/>
        <source>%1 failed: error %2 %3</source>
        <translation>%1 失败：错误 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="731"/>
        <source>not made by this run</source>
        <translation>不是这次运行创建的</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="736"/>
        <source>console or NUL</source>
        <translation>控制台或 NUL</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="737"/>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="741"/>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="742"/>
        <source>a disk file</source>
        <translation>磁盘文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="771"/>
        <source>+ %n other handle(s)</source>
        <translation>
            <numerusform>另有 %n 个句柄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="778"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="778"/>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="779"/>
        <source>pid %1 · %n other handle(s)</source>
        <translation>
            <numerusform>pid %1 · 另有 %n 个句柄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="789"/>
        <source>Dashed: not inheritable. Pipes: bytes flow from the write end to the read end.</source>
        <translation>虚线：不可继承。管道：字节从写端流向读端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="811"/>
        <source>Parent handle %1</source>
        <translation>父进程句柄 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="811"/>
        <source>Child handle %1</source>
        <translation>子进程句柄 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="812"/>
        <source>Parent fd %1</source>
        <translation>父进程 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="812"/>
        <source>Child fd %1</source>
        <translation>子进程 fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="819"/>
        <source>%1 was just closed.</source>
        <translation>%1 刚刚被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="826"/>
        <source>%1 refers to %2.</source>
        <translation>%1 指向 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="838"/>
        <source>%1 is the write end of the %2; the other process holds the read end as handle %3.</source>
        <translation>%1 是%2的写端；另一个进程以句柄 %3 持有读端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="839"/>
        <source>%1 is the read end of the %2; the other process holds the write end as handle %3.</source>
        <translation>%1 是%2的读端；另一个进程以句柄 %3 持有写端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="842"/>
        <source>%1 is the write end of the %2; the parent holds the read end as fd %3.</source>
        <translation>%1 是%2的写端；父进程以 fd %3 持有读端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="843"/>
        <source>%1 is the read end of the %2; the parent holds the write end as fd %3.</source>
        <translation>%1 是%2的读端；父进程以 fd %3 持有写端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="846"/>
        <source>%1 is the write end of the %2; the child holds the read end as fd %3.</source>
        <translation>%1 是%2的写端；子进程以 fd %3 持有读端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="847"/>
        <source>%1 is the read end of the %2; the child holds the write end as fd %3.</source>
        <translation>%1 是%2的读端；子进程以 fd %3 持有写端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="850"/>
        <source>%1 is the write end of the %2.</source>
        <translation>%1 是%2的写端。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramlayout.cpp" line="850"/>
        <source>%1 is the read end of the %2.</source>
        <translation>%1 是%2的读端。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../app/gui/diagram/diagramview.cpp" line="31"/>
        <source>Parent and child diagram</source>
        <translation>父进程与子进程示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/diagramview.cpp" line="34"/>
        <source>Nothing shown yet.</source>
        <translation>尚未显示任何内容。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/gui/diagram/exporter.cpp" line="68"/>
        <source>Cannot save &apos;%1&apos;: the picture could not be encoded as PNG.</source>
        <translation>无法保存“%1”：图片无法编码为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/exporter.cpp" line="78"/>
        <source>Cannot save &apos;%1&apos;: %2.</source>
        <translation>无法保存“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>FdTableModel</name>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="51"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="51"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="58"/>
        <source>Close-on-exec (O_CLOEXEC): the fd vanishes when the process calls exec.</source>
        <translation>执行时关闭（O_CLOEXEC）：进程调用 exec 时，这个 fd 会消失。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="60"/>
        <source>Pipe inode %1: fds with the same inode, in any process, are ends of the same pipe.</source>
        <translation>管道 inode %1：无论在哪个进程中，inode 相同的 fd 都属于同一个管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="92"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="94"/>
        <source>Refers to</source>
        <translation>指向</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="98"/>
        <source>Access</source>
        <translation>访问方式</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/fdtablemodel.cpp" line="100"/>
        <source>cloexec</source>
        <translation>执行时关闭</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="94"/>
        <source>PipeScope scenarios (*.pipescope)</source>
        <translation>PipeScope 场景 (*.pipescope)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="95"/>
        <source>PipeScope traces (*.json)</source>
        <translation>PipeScope 跟踪记录 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="97"/>
        <source>&amp;Open Scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="98"/>
        <source>Opens a .pipescope file: streams, command, input, lens and step. Nothing runs until you press Step or Run.</source>
        <translation>打开 .pipescope 文件：标准流、命令、输入、视角和步骤。在按下“单步”或“运行”之前，不会运行任何东西。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="101"/>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="107"/>
        <source>&amp;Save Scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="108"/>
        <source>Saves the current configuration as a .pipescope file.</source>
        <translation>把当前配置保存为 .pipescope 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="110"/>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="115"/>
        <source>&amp;Watch a Program…</source>
        <translation>观察一个程序(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="116"/>
        <source>Records a real program of yours (a Python script, a C program, a shell pipeline) under ptrace and steps through its calls: every process it starts and the pipes between them.</source>
        <translation>在 ptrace 下记录你自己的真实程序（Python 脚本、C 程序、shell 管道线），并逐个调用地回放：它启动的每个进程，以及它们之间的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="123"/>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>将示意图导出为 S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="124"/>
        <source>Saves the diagram as it is now as a scalable SVG picture.</source>
        <translation>把示意图的当前状态保存为可缩放的 SVG 图片。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="126"/>
        <source>Export Diagram as SVG</source>
        <translation>将示意图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="126"/>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="130"/>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>将示意图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="131"/>
        <source>Saves the diagram as it is now as a PNG picture at twice its size on screen.</source>
        <translation>把示意图的当前状态保存为 PNG 图片，尺寸为屏幕显示的两倍。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="133"/>
        <source>Export Diagram as PNG</source>
        <translation>将示意图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="133"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="137"/>
        <source>Export &amp;Trace…</source>
        <translation>导出跟踪记录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="138"/>
        <source>Saves everything done so far (plan, events with real fds, the steps&apos; fd tables) as trace JSON, which Replay Trace shows again without running anything.</source>
        <translation>把目前为止做过的一切（计划、带真实 fd 的事件、每一步的 fd 表）保存为跟踪 JSON；“回放跟踪记录”可以不运行任何东西再次显示它。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="141"/>
        <source>Export Trace</source>
        <translation>导出跟踪记录</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="145"/>
        <source>Export for the &amp;Browser…</source>
        <translation>导出为网页(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="146"/>
        <source>Saves one web page that replays every step (the diagram, both fd tables, the explanations in English and Chinese) in any browser, without PipeScope and without a network.</source>
        <translation>保存一个网页，在任何浏览器中逐步回放每一步（示意图、两张 fd 表、中英文讲解），无需 PipeScope，也无需网络。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="150"/>
        <source>Export for the Browser</source>
        <translation>导出为网页</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="150"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="154"/>
        <source>Export P&amp;ython Program…</source>
        <translation>导出 P&amp;ython 程序…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="155"/>
        <source>Saves the equivalent Python program shown in its tab as a .py file (with child.py next to it when it runs the seed&apos;s child).</source>
        <translation>把标签页中显示的等价 Python 程序保存为 .py 文件（如果它运行的是笔记中的子进程，会在旁边一并保存 child.py）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="159"/>
        <source>Export Python Program</source>
        <translation>导出 Python 程序</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="159"/>
        <source>Python programs (*.py)</source>
        <translation>Python 程序 (*.py)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="164"/>
        <source>&amp;Replay Trace…</source>
        <translation>回放跟踪记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="165"/>
        <source>Shows a recorded trace (from Export Trace or pipescope-trace --json) step by step without running anything.</source>
        <translation>逐步显示已录制的跟踪记录（来自“导出跟踪记录”或 pipescope-trace --json），不运行任何东西。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="168"/>
        <source>Replay Trace</source>
        <translation>回放跟踪记录</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="172"/>
        <source>&amp;Leave Replay</source>
        <translation>退出回放(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="172"/>
        <source>Back to the live session.</source>
        <translation>返回实时会话。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="177"/>
        <source>Closes PipeScope.</source>
        <translation>关闭 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="181"/>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="318"/>
        <source>Opened &apos;%1&apos;. Nothing has run: press Step (→) or Run (F5).</source>
        <translation>已打开“%1”。尚未运行任何东西：请按“单步”（→）或“运行”（F5）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="330"/>
        <source>Saved the scenario to &apos;%1&apos;.</source>
        <translation>场景已保存到“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="337"/>
        <source>PipeScope diagram</source>
        <translation>PipeScope 示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="339"/>
        <location filename="../app/gui/shell/fileactions.cpp" line="348"/>
        <source>Saved the diagram to &apos;%1&apos;.</source>
        <translation>示意图已保存到“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="357"/>
        <source>Saved the trace to &apos;%1&apos;. Replay Trace shows it again.</source>
        <translation>跟踪记录已保存到“%1”。“回放跟踪记录”可以再次显示它。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="372"/>
        <source>Saved the program to &apos;%1&apos;, and child.py next to it.</source>
        <translation>程序已保存到“%1”，child.py 保存在它旁边。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="375"/>
        <source>Saved the program to &apos;%1&apos;.</source>
        <translation>程序已保存到“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="384"/>
        <source>A run is in progress: stop it (or let it end) before replaying &apos;%1&apos;.</source>
        <translation>正在运行：请先停止（或等它结束），再回放“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="387"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="390"/>
        <source>&apos;%1&apos; is not a PipeScope trace: it is far too large.</source>
        <translation>“%1”不是 PipeScope 跟踪记录：文件太大。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="403"/>
        <source>&apos;%1&apos; is not a PipeScope recording: %2 is missing or malformed.</source>
        <translation>「%1」不是 PipeScope 记录：%2 缺失或格式错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="406"/>
        <source>A recording is in progress: stop it before replaying &apos;%1&apos;.</source>
        <translation>正在记录：回放「%1」之前请先停止它。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="413"/>
        <source>&apos;%1&apos; is not a PipeScope trace: it is not valid JSON.</source>
        <translation>“%1”不是 PipeScope 跟踪记录：它不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="414"/>
        <source>&apos;%1&apos; is not a PipeScope trace: %2 is missing or malformed.</source>
        <translation>“%1”不是 PipeScope 跟踪记录：%2 缺失或格式错误。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="441"/>
        <source>A run is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation>正在运行：请先停止（或等它结束），再导出“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="455"/>
        <source>A run is in progress: stop it (or let it end) before recording every step.</source>
        <translation>正在运行：先停止它（或等它结束），再记录每一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="491"/>
        <source>Could not record every step for &apos;%1&apos;.</source>
        <translation>无法为“%1”记录每一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="526"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every step from it, without PipeScope.</source>
        <translation>网页已保存到“%1”：任何浏览器都能用它回放每一步，无需 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="540"/>
        <source>A recording is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation>正在记录：请先停止记录（或等它结束），再导出“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="543"/>
        <source>Nothing to export to &apos;%1&apos;: record a program first.</source>
        <translation>没有可导出到“%1”的内容：请先记录一个程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="552"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every recorded call from it, without PipeScope.</source>
        <translation>网页已保存到“%1”：任何浏览器都能用它回放记录下的每个调用，无需 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="563"/>
        <source>Saved the page to &apos;%1&apos;: any browser replays every Win32 call of this run from it, without PipeScope.</source>
        <translation>网页已保存到“%1”：任何浏览器都能用它回放这次运行的每个 Win32 调用，不需要 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/fileactions.cpp" line="575"/>
        <source>Nothing to export to &apos;%1&apos;: no step has been recorded.</source>
        <translation>没有可导出到“%1”的内容：还没有记录任何步骤。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="78"/>
        <source>About the Diagram</source>
        <translation>关于示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="80"/>
        <source>Close this page.</source>
        <translation>关闭此页面。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="130"/>
        <source>About the diagram</source>
        <translation>关于示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="131"/>
        <source>The diagram shows the parent (PipeScope itself) and the child as they really are after the current step: every row is a real file descriptor read from /proc, every line leads to the real pipe, file or device it refers to. Nothing in it is drawn from a guess.</source>
        <translation>示意图展示当前步骤之后父进程（即 PipeScope 本身）和子进程的真实状态：每一行都是从 /proc 读出的真实 fd，每条连线都通向它所指向的真实管道、文件或设备。图中没有任何内容是凭猜测画出的。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="135"/>
        <source>Parent and child</source>
        <translation>父进程与子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="136"/>
        <source>The two large boxes are the processes, each with its real pid. Before fork() only the parent exists; fork() copies the parent&apos;s fd table into the child. A child that has ended is drawn greyed out. Descriptors this session did not open are counted at the bottom of a box (&quot;+ N more fd(s)&quot;) rather than drawn.</source>
        <translation>两个大方框是两个进程，各自标出真实的 pid。fork() 之前只有父进程；fork() 把父进程的 fd 表复制到子进程中。已经结束的子进程以灰色显示。不是本次会话打开的 fd 不逐一画出，只在方框底部计数（“另有 N 个 PipeScope 自己的 fd”）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="141"/>
        <source>Handles and their fd numbers</source>
        <translation>句柄及其 fd 编号</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="142"/>
        <source>Each row inside a process is one file descriptor (on Windows: a handle), with its number in the round badge on the box&apos;s edge. Rows 0, 1 and 2 are stdin, stdout and stderr. The other rows carry the names Popen._get_handles gives them:</source>
        <translation>进程框中的每一行是一个文件描述符（fd；在 Windows 上是句柄），编号显示在方框边缘的圆形标记中。第 0、1、2 行是标准输入、标准输出和标准错误，其余各行使用 Popen._get_handles 给它们起的名字：</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="147"/>
        <source>parent-to-child pipe, read end: dup2(p2cread, 0) makes it the child&apos;s stdin (fd 0).</source>
        <translation>父进程到子进程管道的读端：dup2(p2cread, 0) 使它成为子进程的标准输入（fd 0）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="148"/>
        <source>parent-to-child pipe, write end: the parent keeps it as proc.stdin.</source>
        <translation>父进程到子进程管道的写端：父进程把它保留为 proc.stdin。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="149"/>
        <source>child-to-parent pipe, read end: the parent keeps it as proc.stdout.</source>
        <translation>子进程到父进程管道的读端：父进程把它保留为 proc.stdout。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="151"/>
        <source>child-to-parent pipe, write end: dup2(c2pwrite, 1) makes it the child&apos;s stdout (fd 1).</source>
        <translation>子进程到父进程管道的写端：dup2(c2pwrite, 1) 使它成为子进程的标准输出（fd 1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="152"/>
        <source>stderr pipe, read end: the parent keeps it as proc.stderr.</source>
        <translation>标准错误管道的读端：父进程把它保留为 proc.stderr。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="154"/>
        <source>stderr pipe, write end: dup2(errwrite, 2) makes it the child&apos;s stderr (fd 2). With stderr=STDOUT it is c2pwrite.</source>
        <translation>标准错误管道的写端：dup2(errwrite, 2) 使它成为子进程的标准错误（fd 2）。当 stderr=STDOUT 时，它就是 c2pwrite。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="157"/>
        <source>Popen&apos;s own error pipe: the child reports a failed exec through it; the parent reads end-of-file when exec succeeded.</source>
        <translation>Popen 自己的错误管道：子进程通过它报告 exec 失败；exec 成功时父进程读到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="160"/>
        <source>Under the picture the six handles are listed as Popen holds them, (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), with their real fd numbers. -1 means the handle does not exist. For the parent&apos;s ends (p2cwrite, c2pread, errread) that happens exactly when the stream is not a PIPE, and then proc.stdin, proc.stdout or proc.stderr is None. The child&apos;s ends (p2cread, c2pwrite, errwrite) are -1 only when the stream is None: on POSIX for each None stream, on Windows only when all three streams are None.</source>
        <translation>图的下方按 Popen 持有的顺序列出六个句柄（p2cread、p2cwrite、c2pread、c2pwrite、errread、errwrite）及其真实的 fd 编号。-1 表示该句柄不存在。对父进程的端（p2cwrite、c2pread、errread）来说，这恰好发生在该流不是 PIPE 时，此时 proc.stdin、proc.stdout 或 proc.stderr 为 None。子进程的端（p2cread、c2pwrite、errwrite）只在该流为 None 时才是 -1：在 POSIX 上每个为 None 的流都如此，在 Windows 上只有三个流都为 None 时才如此。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="167"/>
        <source>Pipes</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="78"/>
        <source>The Note, Checked</source>
        <translation>核对笔记</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="85"/>
        <source>The note, checked</source>
        <translation>核对笔记</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="86"/>
        <source>PipeScope teaches from a Chinese note on pipes and subprocess.Popen. Most of what it says is right, and PipeScope shows it for real. The lines below need a correction: each is quoted as the note writes it, beside what is so and where to check it.</source>
        <translation>PipeScope 依据一篇关于管道和 subprocess.Popen 的中文笔记来讲解。笔记所说的大部分是对的，PipeScope 都用真实的进程演示出来。下面这些句子需要更正：每一句都按笔记原文引用，旁边写明实际情况和可以核对的出处。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="91"/>
        <source>An anonymous pipe goes one way only: CreatePipe returns a read handle and a write handle, as pipe(2) returns a read end and a write end. The end of the same comment says it right, the data flows one way. Talking both ways takes two pipes, which is why Popen makes one per stream.</source>
        <translation>匿名管道只能单向传输：CreatePipe 返回一个读句柄和一个写句柄，正如 pipe(2) 返回一个读端和一个写端。同一条注释的后半句说得对：数据是单向流动的。要双向通信就需要两个管道，这正是 Popen 为每个流各建一个管道的原因。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="94"/>
        <source>Microsoft, &quot;Anonymous Pipes&quot; and CreatePipe; man 2 pipe</source>
        <translation>Microsoft 文档“Anonymous Pipes”和 CreatePipe；man 2 pipe</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="96"/>
        <source>On Windows an anonymous pipe has a security descriptor: CreatePipe takes one in its SECURITY_ATTRIBUTES (by default its ACLs come from the creator&apos;s token), and the two handles carry GENERIC_READ and GENERIC_WRITE access. On Linux fstat() on a pipe shows an owner and mode 0600; a process reaches the pipe only through an fd it holds.</source>
        <translation>在 Windows 上匿名管道有安全描述符：CreatePipe 通过 SECURITY_ATTRIBUTES 接收它（默认的 ACL 来自创建者的令牌），两个句柄分别带有 GENERIC_READ 和 GENERIC_WRITE 访问权限。在 Linux 上对管道调用 fstat() 可以看到属主和 0600 权限；进程只能通过自己持有的 fd 访问管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="100"/>
        <source>Microsoft, &quot;Anonymous Pipe Security and Access Rights&quot;; man 2 fstat</source>
        <translation>Microsoft 文档“Anonymous Pipe Security and Access Rights”；man 2 fstat</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="103"/>
        <source>Nothing is closed: with stdin=None Popen makes no pipe for stdin at all. p2cread and p2cwrite stay -1 on POSIX, so the child reads the parent&apos;s own stdin; on Windows the child gets an inheritable copy of the parent&apos;s standard input handle (unless all three streams are None). proc.stdin is None because there is no pipe, not because one was closed. A pipe is made and one end closed at once (CreatePipe, then CloseHandle) only on Windows, when GetStdHandle returns None: a process without that standard handle, such as pythonw.exe.</source>
        <translation>并没有关闭什么：stdin=None 时 Popen 根本不为 stdin 创建管道。在 POSIX 上 p2cread 和 p2cwrite 保持为 -1，子进程读取的是父进程自己的 stdin；在 Windows 上子进程得到父进程标准输入句柄的一个可继承副本（除非三个流都是 None）。proc.stdin 为 None 是因为没有管道，而不是因为管道被关闭了。只有在 Windows 上、GetStdHandle 返回 None 时（进程没有这个标准句柄，例如 pythonw.exe），才会创建一个管道并立即关闭其中一端（先 CreatePipe，再 CloseHandle）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="109"/>
        <source>subprocess.py, _get_handles (POSIX and Windows)</source>
        <translation>subprocess.py，_get_handles（POSIX 和 Windows）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="111"/>
        <source>The message names the attribute as the code spells it. The code calls child_p.stdout.readline(), so Python says: &apos;NoneType&apos; object has no attribute &apos;readline&apos;. Attribute names are case-sensitive.</source>
        <translation>错误信息中的属性名就是代码里写的那个。代码调用的是 child_p.stdout.readline()，所以 Python 报的是：&apos;NoneType&apos; object has no attribute &apos;readline&apos;。属性名区分大小写。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="113"/>
        <source>the Equivalent Python tab: Run in Python with stdout not a PIPE</source>
        <translation>“等价的 Python”标签页：stdout 不是 PIPE 时点“在 Python 中运行”</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="115"/>
        <source>Uncommented as they stand, the two lines lack the comma between them: a SyntaxError. With the comma the demo runs, and hangs: child.py&apos;s output stays in Python&apos;s buffer, the parent never closes stdin and the child never exits.</source>
        <translation>照原样取消注释，这两行之间缺少逗号：会引发 SyntaxError。加上逗号后示例能运行，但会卡住：child.py 的输出留在 Python 的缓冲区里，父进程从不关闭 stdin，子进程也从不退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="118"/>
        <source>the Live tab: &quot;The note&apos;s demo as written&quot; and &quot;with python3 -u&quot;</source>
        <translation>“实时”标签页：“笔记中的示例原样运行”和“加上 python3 -u”</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="119"/>
        <source>stdout=subprocess.PIPE: a typo.</source>
        <translation>应为 stdout=subprocess.PIPE：笔误。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="121"/>
        <source>readline() returns &apos;&apos; at end of file, and this loop never checks for it: once the parent closes stdin, child.py prints empty answers for ever. PipeScope&apos;s own child.py stops there.</source>
        <translation>readline() 在文件结束时返回 &apos;&apos;，而这个循环从不检查它：一旦父进程关闭 stdin，child.py 就会永远打印空的回答。PipeScope 自己的 child.py 会在那里停下。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="123"/>
        <source>Python docs, io.TextIOBase.readline; the Live tab, &quot;with python3 -u&quot;</source>
        <translation>Python 文档，io.TextIOBase.readline；“实时”标签页，“加上 python3 -u”</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="168"/>
        <source>A rounded tube between the processes is an anonymous pipe, named after its stream (stdin pipe, stdout pipe, stderr pipe) and labelled with its kernel inode, pipe:[N]. The arrows inside point the way bytes flow: from the write end to the read end. Lines join each end to every fd that refers to it, in both processes.</source>
        <translation>两个进程之间的圆角管子是一个匿名管道，以它所属的流命名（stdin 管道、stdout 管道、stderr 管道），并标出它的内核 inode，即 pipe:[N]。管子里的箭头指示字节流动的方向：从写端流向读端。连线把每一端与两个进程中所有指向它的 fd 连起来。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="172"/>
        <source>Colours: blue for stdin, green for stdout, red for stderr, purple for Popen&apos;s error pipe, grey for what is not a pipe: the terminal, /dev/null (reads give end-of-file, writes are discarded), a file, or the pipe PipeScope itself was started with (&quot;pipe to the outside&quot;).</source>
        <translation>颜色：蓝色表示标准输入，绿色表示标准输出，红色表示标准错误，紫色表示 Popen 的错误管道，灰色表示不是管道的对象：终端、/dev/null（读取得到文件结束，写入的内容被丢弃）、文件，或者 PipeScope 自身启动时所带的管道（“通往外部的管道”）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="177"/>
        <source>Fill gauges, packets and a blocked writer</source>
        <translation>填充度指示、数据包与被阻塞的写者</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="178"/>
        <source>Fill gauge: how many bytes wait in a pipe out of what it can hold, measured with ioctl(FIONREAD) against fcntl(F_GETPIPE_SZ) (64 KiB by default on Linux). A full pipe makes the next write() wait.</source>
        <translation>填充度指示：管道中等待读取的字节数占其容量的比例，用 ioctl(FIONREAD) 与 fcntl(F_GETPIPE_SZ) 测得（Linux 上默认 64 KiB）。管道满了，下一次 write() 就要等待。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="181"/>
        <source>Packets: the small blocks travelling along a pipe are bytes on their way, at a rate that follows the real bytes per second.</source>
        <translation>数据包：沿管道移动的小方块是正在传输的字节，其速度跟随真实的每秒字节数。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="183"/>
        <source>Blocked writer: a process waiting in write() on a full pipe (or in read() on an empty one) is marked blocked, with the call it waits in, read from /proc/PID/wchan and /proc/PID/syscall. When each side waits for the other, that is a deadlock: neither can go on.</source>
        <translation>被阻塞的写者：在已满的管道上等待 write()（或在空管道上等待 read()）的进程被标为阻塞，并注明它所等待的调用，这些信息读自 /proc/PID/wchan 和 /proc/PID/syscall。当双方互相等待时，就是死锁：谁也无法继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="188"/>
        <source>Closing and close-on-exec</source>
        <translation>关闭与执行时关闭（close-on-exec）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="189"/>
        <source>Crossed out in red: a handle the step just done closed. It is gone at the next step. During the animation a closed handle fades out, and a name moving from one row to another is dup2() copying a handle onto 0, 1 or 2.</source>
        <translation>红色划掉：刚完成的这一步关闭了该句柄，下一步它就消失了。动画中，被关闭的句柄逐渐淡出；一个名字从一行移到另一行，表示 dup2() 把句柄复制到 0、1 或 2 上。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="192"/>
        <source>Dashed outline: the fd is close-on-exec (O_CLOEXEC). It vanishes when the child calls exec, which is why Popen&apos;s pipe ends never leak into the program. The copies dup2() puts on 0, 1 and 2 are not close-on-exec: they are what the program inherits.</source>
        <translation>虚线边框：该 fd 设置了执行时关闭（O_CLOEXEC）。子进程调用 exec 时它会消失，所以 Popen 的管道端永远不会泄漏到被运行的程序中。dup2() 放到 0、1、2 上的副本不是执行时关闭的：它们正是程序所继承的。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="196"/>
        <source>The Windows lens</source>
        <translation>Windows 视角</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="197"/>
        <source>With the Windows lens the steps are named in Win32 terms (CreatePipe, DuplicateHandle, STARTUPINFO.hStdInput, the handle list, CreateProcess with bInheritHandles, CloseHandle) under an amber MODEL banner: the step that matches the POSIX step just done is highlighted, and the diagram keeps showing the real POSIX descriptors that Step and Run made. Run on Windows (Wine) beside the banner makes these calls for real: Popen&apos;s Windows branch runs under Wine with the child created suspended, and every call is listed with its real HANDLE values and both processes&apos; handle tables right after it.</source>
        <translation>在 Windows 视角下，各步骤用 Win32 的名称显示（CreatePipe、DuplicateHandle、STARTUPINFO.hStdInput、句柄列表、带 bInheritHandles 的 CreateProcess、CloseHandle），上方有琥珀色的“模型”横幅：与刚完成的 POSIX 步骤对应的那一步会高亮，示意图仍显示单步和运行所创建的真实 POSIX 描述符。横幅旁的“在 Windows 上运行（Wine）”会真正执行这些调用：Popen 的 Windows 分支在 Wine 下运行，子进程以挂起状态创建，每个调用都列出它真实的 HANDLE 值，以及紧接其后两个进程的句柄表。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="210"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="212"/>
        <source>About the &amp;Diagram</source>
        <translation>关于示意图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="215"/>
        <source>What every symbol of the diagram means.</source>
        <translation>示意图中每个符号的含义。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="221"/>
        <source>The Note, &amp;Checked</source>
        <translation>核对笔记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="223"/>
        <source>The lines of the note PipeScope teaches from that need a correction, and the sources.</source>
        <translation>PipeScope 所依据的笔记中需要更正的句子，以及出处。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="230"/>
        <source>&amp;About PipeScope</source>
        <translation>关于 PipeScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="239"/>
        <source>About PipeScope</source>
        <translation>关于 PipeScope</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="242"/>
        <source>See how a parent process and its child talk through pipes: the options of Python&apos;s subprocess.Popen, with real processes, real system calls and the real fd tables read from /proc.</source>
        <translation>观察父进程与子进程如何通过管道通信：演示 Python subprocess.Popen 的各个选项，使用真实的进程、真实的系统调用，以及从 /proc 读出的真实 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/helpdialog.cpp" line="246"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/shell/language.cpp" line="85"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LessonExport</name>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="54"/>
        <source>The lesson did not get past part %1 within %2 s.</source>
        <translation>课程在 %2 秒内没能走完第 %1 部分。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="75"/>
        <source>A run or a lesson is in progress: end it before exporting &apos;%1&apos;.</source>
        <translation>正在运行或正在上课：先结束它，再导出“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="100"/>
        <source>The export of &apos;%1&apos; was cancelled.</source>
        <translation>“%1”的导出已取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="169"/>
        <source>Part %1 of the lesson could not be recorded step by step.</source>
        <translation>课程的第 %1 部分无法逐步记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="184"/>
        <source>The recorded session did not make this step.</source>
        <translation>记录下来的会话没有执行这一步。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonexport.cpp" line="205"/>
        <source>Saved the lesson&apos;s page to &apos;%1&apos;: any browser plays its parts and asks its questions from it, without PipeScope.</source>
        <translation>课程网页已保存到“%1”：任何浏览器都能用它逐部分播放并提问，无需 PipeScope。</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="177"/>
        <source>none (-1)</source>
        <translation>无（-1）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="177"/>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="179"/>
        <source>the read end of the stdin pipe</source>
        <translation>stdin 管道的读端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="180"/>
        <source>the write end of the stdin pipe</source>
        <translation>stdin 管道的写端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="181"/>
        <source>the read end of the stdout pipe</source>
        <translation>stdout 管道的读端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="182"/>
        <source>the write end of the stdout pipe</source>
        <translation>stdout 管道的写端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="183"/>
        <source>the read end of the stderr pipe</source>
        <translation>stderr 管道的读端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="184"/>
        <source>the write end of the stderr pipe</source>
        <translation>stderr 管道的写端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="185"/>
        <source>the read end of the error pipe</source>
        <translation>错误管道的读端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="186"/>
        <source>the write end of the error pipe</source>
        <translation>错误管道的写端</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="187"/>
        <source>/dev/null</source>
        <translation>/dev/null</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="188"/>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="189"/>
        <source>the parent&apos;s own file of that number, inherited</source>
        <translation>父进程自己的同号文件（继承而来）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="190"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="191"/>
        <source>something else</source>
        <translation>其他东西</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="192"/>
        <source>the parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="193"/>
        <source>the child</source>
        <translation>子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="194"/>
        <source>both</source>
        <translation>两者都有</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="195"/>
        <source>nobody</source>
        <translation>谁都没有</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="196"/>
        <source>all of it written</source>
        <translation>全部写入成功</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="197"/>
        <source>a broken pipe (EPIPE)</source>
        <translation>管道断开（EPIPE）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="198"/>
        <source>nothing</source>
        <translation>没有抛出异常</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="199"/>
        <source>it hangs</source>
        <translation>一直卡住</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="200"/>
        <source>a deadlock</source>
        <translation>死锁</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="201"/>
        <source>it finishes</source>
        <translation>顺利结束</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="202"/>
        <source>every record whole</source>
        <translation>每条记录都完整</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="203"/>
        <source>some records split</source>
        <translation>有些记录被拆开</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="256"/>
        <source>Part %1 of %2: %3</source>
        <translation>第 %1 部分（共 %2 部分）：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="272"/>
        <source>One possible answer: choose it, then Answer</source>
        <translation>一个可选答案：选中它，再按“回答”</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="284"/>
        <source>Answer, rehearsed on this machine: %1</source>
        <translation>已在本机预演的答案：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="286"/>
        <source>It could not be rehearsed: PipeScope knows this answer once it has run.</source>
        <translation>无法预演：PipeScope 要等它真正运行之后才知道答案。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="288"/>
        <source>PipeScope knows this answer once the step has run: an fd number depends on what is free at that moment.</source>
        <translation>这一步运行之后 PipeScope 才能知道答案：fd 编号取决于那一刻哪些编号是空闲的。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="290"/>
        <source>Rehearsing on this machine…</source>
        <translation>正在本机预演…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="292"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="296"/>
        <source>Getting the real session to the question…</source>
        <translation>正在让真实会话推进到这道题…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="299"/>
        <source>The step runs for real…</source>
        <translation>这一步正在真实执行…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="300"/>
        <source>It runs for real: watch the page…</source>
        <translation>正在真实运行：请观察页面…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="303"/>
        <source>End of this part. Next goes on to part %1.</source>
        <translation>本部分结束。按“继续”进入第 %1 部分。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="306"/>
        <source>End of the lesson.</source>
        <translation>课程结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="321"/>
        <source>Not judged: %1</source>
        <translation>未判定：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="323"/>
        <source>What really happened: %1</source>
        <translation>实际发生的情况：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="325"/>
        <source>Right: %1. That is what really happened.</source>
        <translation>答对了：%1。实际情况正是如此。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="327"/>
        <source>Not this time: you said %1; what really happened is %2.</source>
        <translation>这次没答对：你的答案是“%1”，实际发生的是“%2”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="337"/>
        <source>Score: %1 of %2 answered right</source>
        <translation>得分：%2 题中答对 %1 题</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="360"/>
        <source>Teacher view</source>
        <translation>教师视图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="361"/>
        <source>Self-study view</source>
        <translation>自学视图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="362"/>
        <source>Teacher: the answer rehearsed on this machine and the notes are shown in advance. Self-study: nothing in advance, and a score.</source>
        <translation>教师：预先显示已在本机预演的答案和备注。自学：不预先显示任何内容，并且计分。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="364"/>
        <source>Lesson view</source>
        <translation>课程视图</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="366"/>
        <source>The fd number you expect (-1: none)</source>
        <translation>你预期的 fd 编号（-1：没有）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="367"/>
        <source>Answer as a number</source>
        <translation>以数字作答</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="378"/>
        <source>Next</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="371"/>
        <source>Run the step for real, then judge the answer against what really happened</source>
        <translation>真实执行这一步，再对照实际发生的情况判定答案</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="370"/>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="372"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="375"/>
        <source>Run it for real and show what happens, without scoring</source>
        <translation>真实运行并展示结果，不计分</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="374"/>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="376"/>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="379"/>
        <source>On to the next question, or the next part of the lesson</source>
        <translation>进入下一题，或课程的下一部分</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonpanel.cpp" line="380"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="56"/>
        <source>The step failed: %1</source>
        <translation>这一步执行失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="61"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="68"/>
        <source>The Live run could not start: %1</source>
        <translation>实时运行无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="75"/>
        <source>The FIFO run could not start: %1</source>
        <translation>FIFO 运行无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="305"/>
        <source>The setup failed before this step: %1</source>
        <translation>在到达这一步之前，设置过程就失败了：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="403"/>
        <source>It could not be started.</source>
        <translation>无法启动。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="429"/>
        <source>The run was stopped before it ended.</source>
        <translation>运行在结束之前被停止了。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="457"/>
        <source>The Live run was cancelled before it ended.</source>
        <translation>实时运行在结束之前被取消了。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="469"/>
        <source>python3 did not run: %1</source>
        <translation>python3 没有运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="481"/>
        <source>The FIFO run did not end on its own.</source>
        <translation>FIFO 运行没有自行结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/lessonrunner.cpp" line="494"/>
        <source>No answer could be read off the run.</source>
        <translation>无法从这次运行中读出答案。</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="214"/>
        <source>A live demonstration: it sets the streams panel, which Start then runs</source>
        <translation>实时演示：它会设置“标准流”面板，随后由“开始”按该配置运行</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="230"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="231"/>
        <source>Spawn the child for real with the streams panel&apos;s configuration and move its bytes</source>
        <translation>按“标准流”面板的配置真实地创建子进程，并传送它的字节</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="232"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="233"/>
        <source>Kill the child (SIGKILL) and reap it</source>
        <translation>杀死子进程（SIGKILL）并回收它</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="235"/>
        <source>Live sc&amp;enario:</source>
        <translation>实时场景(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stdin pipe</source>
        <translation>标准输入管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stdout pipe</source>
        <translation>标准输出管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="236"/>
        <source>stderr pipe</source>
        <translation>标准错误管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="153"/>
        <source>Pick a scenario and press Start: a real child process is spawned.</source>
        <translation>选择一个场景并按“开始”：将创建一个真实的子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="220"/>
        <source>Slow &amp;motion:</source>
        <translation>慢动作(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="221"/>
        <source>How fast the parent writes and reads each pipe. Slower than the child, and the child really waits on a full pipe (or an empty one), as the diagram shows</source>
        <translation>父进程读写每个管道的速度。比子进程慢时，子进程会真的在满的（或空的）管道上等待，图中可以看到</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="226"/>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="227"/>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="228"/>
        <source>%1 B/s</source>
        <translation>%1 字节/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="312"/>
        <source>pipescope-child was not found next to PipeScope, so no scenario can run.</source>
        <translation>在 PipeScope 旁边找不到 pipescope-child，因此无法运行任何场景。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="323"/>
        <source>Could not make a temporary folder for the file: %1</source>
        <translation>无法为该文件创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="335"/>
        <source>Could not write %1 to a temporary folder for python3 to run.</source>
        <translation>无法把 %1 写入临时文件夹，python3 无法运行它。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="346"/>
        <source>Cancelling: the child gets SIGKILL…</source>
        <translation>正在取消：向子进程发送 SIGKILL…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="369"/>
        <source>Cancelled: the child was killed (SIGKILL) and reaped.</source>
        <translation>已取消：子进程已被杀死（SIGKILL）并回收。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="371"/>
        <source>Finished: the child was killed by signal %1 (%2).</source>
        <translation>已结束：子进程被信号 %1（%2）杀死。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="375"/>
        <source>Finished: the child exited with status %1.</source>
        <translation>已结束：子进程以状态 %1 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="378"/>
        <source>SIGPIPE: it wrote to a pipe whose read end no process held any more (pipe(7)), and did not ignore the signal.</source>
        <translation>SIGPIPE：它向一个读端已没有任何进程持有的管道写入（pipe(7)），而且没有忽略这个信号。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="382"/>
        <source>Writing stdin failed with EPIPE before all the input was written: no process held the read end any more (the child closed fd 0 or exited).</source>
        <translation>在全部输入写完之前，写 stdin 以 EPIPE 失败：已经没有进程持有读端（子进程关闭了 fd 0 或已经退出）。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="387"/>
        <source>stdin: %1 bytes written · stdout: %2 bytes read · stderr: %3 bytes read.</source>
        <translation>标准输入：已写入 %1 字节 · 标准输出：已读取 %2 字节 · 标准错误：已读取 %3 字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="396"/>
        <source>%1 now holds %2 bytes.</source>
        <translation>%1 现在有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="461"/>
        <source>Started: the child is pid %1.</source>
        <translation>已启动：子进程的 pid 为 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="487"/>
        <source>Stuck for %1 s: press Cancel to kill the child.</source>
        <translation>已卡住 %1 秒：按“取消”杀死子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="595"/>
        <source>not a pipe</source>
        <translation>不是管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="599"/>
        <source>measuring…</source>
        <translation>测量中…</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="599"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="608"/>
        <source>%1 of %2 bytes — full</source>
        <translation>%1 / %2 字节 — 已满</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="609"/>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="623"/>
        <source>%1 written · %2/s</source>
        <translation>已写入 %1 · %2/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livepanel.cpp" line="623"/>
        <source>%1 read · %2/s</source>
        <translation>已读取 %1 · %2/秒</translation>
    </message>
</context>
<context>
    <name>LivePipeItem</name>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="100"/>
        <source>full: %1 / %2</source>
        <translation>已满：%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="100"/>
        <source>in pipe: %1 / %2</source>
        <translation>管道中：%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diagram/livepipeitem.cpp" line="162"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>LiveScenarios</name>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="114"/>
        <source>The seed&apos;s parent.py and child.py</source>
        <translation>笔记中的 parent.py 和 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="116"/>
        <source>stdin=PIPE, stdout=PIPE. The parent writes the ten lines &quot;write data:N&quot; of the seed&apos;s parent.py, each ending in CR LF; the child answers each one with &quot;&gt;&gt;&gt;get std in …&quot;, as child.py does. As in the seed, stdin stays open: type more lines, then close stdin so the child reads EOF and exits.</source>
        <translation>stdin=PIPE, stdout=PIPE。父进程写入笔记中 parent.py 的十行 &quot;write data:N&quot;，每行以 CR LF 结尾；子进程像 child.py 那样对每一行回答 &quot;&gt;&gt;&gt;get std in …&quot;。与笔记中一样，标准输入保持打开：可以继续输入几行，然后关闭标准输入，子进程读到 EOF 后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="127"/>
        <source>stdin is not PIPE: AttributeError on write</source>
        <translation>stdin 不是 PIPE：write 时引发 AttributeError</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="128"/>
        <source>stdin=None, stdout=PIPE. The child shares PipeScope&apos;s own stdin (the terminal it was started from, or /dev/null) and the parent holds no write end: proc.stdin is None. Typing a line is proc.stdin.write(), which raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin=None, stdout=PIPE。子进程共用 PipeScope 自己的标准输入（启动它的终端，或 /dev/null），父进程不持有写端：proc.stdin 为 None。输入一行就是调用 proc.stdin.write()，它会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="138"/>
        <source>stdout is not PIPE: AttributeError on readline</source>
        <translation>stdout 不是 PIPE：readline 时引发 AttributeError</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="139"/>
        <source>stdin=PIPE, stdout=None. The parent writes the ten lines, but the child&apos;s answers go to PipeScope&apos;s own stdout (the terminal it was started from), not to a pipe: the parent holds no read end, proc.stdout is None, and proc.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>stdin=PIPE, stdout=None。父进程写入这十行，但子进程的回答去往 PipeScope 自己的标准输出（启动它的终端），而不是管道：父进程不持有读端，proc.stdout 为 None，proc.stdout.readline() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="150"/>
        <source>stderr=STDOUT: one pipe for both</source>
        <translation>stderr=STDOUT：两者共用一个管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="151"/>
        <source>stdout=PIPE, stderr=STDOUT. errwrite is c2pwrite, so what the child writes to fd 2 goes into the same pipe as fd 1: both lines arrive on stdout, and proc.stderr is None.</source>
        <translation>stdout=PIPE, stderr=STDOUT。errwrite 就是 c2pwrite，所以子进程写到 fd 2 的内容和 fd 1 进入同一个管道：两行都出现在标准输出上，而 proc.stderr 为 None。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="160"/>
        <source>DEVNULL: the bytes go nowhere</source>
        <translation>DEVNULL：字节无处可去</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="161"/>
        <source>stdin, stdout and stderr=DEVNULL. The child writes 16 MiB to /dev/null; the kernel drops them. No pipe exists and the parent receives no byte.</source>
        <translation>stdin、stdout 和 stderr=DEVNULL。子进程向 /dev/null 写入 16 MiB；内核把它们丢弃。不存在管道，父进程收不到任何字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="169"/>
        <source>A file as stdout</source>
        <translation>文件作为标准输出</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="170"/>
        <source>stdin=PIPE, stdout=a file in a temporary folder. The parent opens the file and the child&apos;s fd 1 is that file. The parent writes the ten lines and closes stdin (communicate()); the answers land in the file, not in a pipe.</source>
        <translation>stdin=PIPE, stdout=临时文件夹中的一个文件。父进程打开该文件，子进程的 fd 1 就是这个文件。父进程写入十行后关闭标准输入（communicate()）；回答写进文件，而不是管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="180"/>
        <source>Deadlock: a naive parent and cat</source>
        <translation>死锁：写法天真的父进程与 cat</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="181"/>
        <source>stdin=PIPE, stdout=PIPE, child: cat. The naive parent writes 1 MiB to stdin before it reads any stdout. cat copies what it reads; once the stdout pipe is full, cat blocks in write(1) and stops reading, the stdin pipe fills up and the parent blocks in write(p2cwrite). Each waits for the other, for ever. Cancel kills the child.</source>
        <translation>stdin=PIPE, stdout=PIPE，子进程：cat。写法天真的父进程先向标准输入写入 1 MiB，之后才读取标准输出。cat 把读到的内容原样写出；标准输出管道一满，cat 就阻塞在 write(1) 并停止读取，于是标准输入管道被填满，父进程阻塞在 write(p2cwrite)。双方互相等待，永无止境。“取消”会杀死子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="193"/>
        <source>communicate(): the same 1 MiB, no deadlock</source>
        <translation>communicate()：同样的 1 MiB，没有死锁</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="195"/>
        <source>The same input and the same cat, but the parent calls communicate(): it writes stdin and drains stdout at the same time, so no pipe stays full, and all 1 MiB comes back. On POSIX, communicate() is one loop over a poll() selector that writes stdin in pieces of PIPE_BUF bytes (4 KiB on Linux) and reads whichever output is ready; PipeScope&apos;s parent does the same with poll(). On Windows it starts one reader thread per output pipe and writes stdin from the calling thread.</source>
        <translation>同样的输入、同样的 cat，但父进程调用 communicate()：它同时写标准输入、读空标准输出，所以没有哪个管道会一直满着，1 MiB 全部返回。在 POSIX 上，communicate() 是一个基于 poll() 选择器的循环，以 PIPE_BUF 字节（Linux 上为 4 KiB）为单位写标准输入，哪个输出就绪就读哪个；PipeScope 的父进程也用 poll() 这样做。在 Windows 上，它为每个输出管道启动一个读线程，并在调用线程中写标准输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="208"/>
        <source>Flood: a pipe at full speed</source>
        <translation>洪流：全速运行的管道</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="209"/>
        <source>stdout=PIPE. The child writes 2 GiB as fast as it can and the parent drains them: watch bytes/s and how full the pipe gets. The console shows only a sample of what goes by, and says how much it skipped.</source>
        <translation>stdout=PIPE。子进程以最快速度写入 2 GiB，父进程把它们读空：观察每秒字节数以及管道有多满。控制台只显示流过内容的一部分样本，并说明跳过了多少。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="218"/>
        <source>Deadlock: wait() before reading stdout</source>
        <translation>死锁：先 wait() 再读 stdout</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="220"/>
        <source>stdout=PIPE. The child writes 1 MiB; the parent calls proc.wait() and only then proc.stdout.read(). The pipe holds 64 KiB: once it is full the child blocks in write(1), and wait() returns only when the child exits. Each waits for the other. Python&apos;s documentation warns of exactly this for wait() with stdout=PIPE or stderr=PIPE; communicate() reads while it waits.</source>
        <translation>stdout=PIPE。子进程写出 1 MiB；父进程先调用 proc.wait()，之后才调用 proc.stdout.read()。管道只能容纳 64 KiB：一旦写满，子进程就阻塞在 write(1) 中，而 wait() 只有在子进程退出时才返回。双方互相等待。Python 文档正是针对 wait() 配合 stdout=PIPE 或 stderr=PIPE 的这种情况给出了警告；communicate() 会一边等待一边读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="231"/>
        <source>Deadlock: reading stdout to EOF while stderr fills</source>
        <translation>死锁：读 stdout 直到 EOF，而 stderr 已被写满</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="232"/>
        <source>stdout=PIPE, stderr=PIPE. The child writes 1 MiB to stderr and nothing to stdout; the parent reads proc.stdout to EOF before it reads proc.stderr. Once 64 KiB fill the stderr pipe the child blocks in write(2) and never exits, so stdout never reaches EOF. communicate() watches both pipes at once and cannot be caught like this.</source>
        <translation>stdout=PIPE，stderr=PIPE。子进程向 stderr 写出 1 MiB，不向 stdout 写任何内容；父进程先把 proc.stdout 读到 EOF，之后才读 proc.stderr。stderr 管道被 64 KiB 写满后，子进程阻塞在 write(2) 中，永远不会退出，因此 stdout 永远读不到 EOF。communicate() 同时监视两个管道，不会这样被卡住。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="242"/>
        <source>The note&apos;s demo as written: nothing arrives, and it never ends</source>
        <translation>笔记中的示例原样运行：什么也收不到，而且永不结束</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="244"/>
        <source>The note&apos;s own child.py, run by the real python3, with stdin=PIPE and stdout=PIPE, and a parent that does what the note&apos;s parent.py does: it writes the ten lines and keeps stdin open, then waits for output. child.py&apos;s print() goes into a pipe, so Python keeps it in a buffer until 8 KiB have gathered or the program exits: nothing reaches the parent, and parent.py&apos;s readline() would wait for ever. After the tenth line child.py waits in read(0) for an eleventh. Close stdin and readline() returns &apos;&apos;, which the loop never checks: it prints for ever, one line a second, still into its buffer. Cancel ends it. (-E makes python3 ignore PYTHON* variables such as PYTHONUNBUFFERED, so every machine shows the same.)</source>
        <translation>笔记自己的 child.py，由真正的 python3 运行，stdin=PIPE、stdout=PIPE，父进程做的正是笔记中 parent.py 所做的：写入十行，不关闭 stdin，然后等待输出。child.py 的 print() 输出到管道，所以 Python 把它留在缓冲区里，直到攒够 8 KiB 或程序退出：父进程什么也收不到，parent.py 的 readline() 会永远等下去。第十行之后，child.py 在 read(0) 中等待第十一行。关闭 stdin 后 readline() 返回 &apos;&apos;，而循环从不检查它：它每秒打印一行，永远打印下去，仍然只进缓冲区。用“取消”结束它。（-E 让 python3 忽略 PYTHONUNBUFFERED 等 PYTHON* 环境变量，这样每台机器上看到的都一样。）</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="260"/>
        <source>The note&apos;s demo with python3 -u: the lines arrive, and it still never ends</source>
        <translation>笔记中的示例加上 python3 -u：各行能收到了，但仍然永不结束</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="262"/>
        <source>The same with python3 -u, which makes stdout unbuffered (print(..., flush=True) in child.py would do the same): &quot;child process start&quot; and one answer a second arrive as they are printed. Each answer ends in the line&apos;s own \r\n, because on Linux sys.stdin splits lines at \n and translates nothing (only on Windows does it turn \r\n into \n), and print() adds one more \n: an empty line follows. After ten answers the child waits for more input and the parent for more output: the note&apos;s parent.py hangs here. Close stdin: child.py does not stop at end-of-file but prints &quot;&gt;&gt;&gt;get std in &quot; once a second for ever. Cancel ends it.</source>
        <translation>同样的示例，加上 python3 -u，让 stdout 不缓冲（在 child.py 中写 print(..., flush=True) 效果相同）：&quot;child process start&quot; 和每秒一条回答都在打印时就到达。每条回答都以该行自己的 \r\n 结尾，因为在 Linux 上 sys.stdin 按 \n 分行、不做任何转换（只有在 Windows 上才会把 \r\n 变成 \n），而 print() 又加上一个 \n：于是后面跟着一个空行。十条回答之后，子进程等待更多输入，父进程等待更多输出：笔记中的 parent.py 就卡在这里。关闭 stdin：child.py 不会在文件结束时停下，而是每秒打印一次 &quot;&gt;&gt;&gt;get std in &quot;，永远如此。用“取消”结束它。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="277"/>
        <source>stderr=STDOUT: one pipe, in the order of the writes</source>
        <translation>stderr=STDOUT：一个管道，按写入的顺序</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="279"/>
        <source>stdout=PIPE, stderr=STDOUT: the child&apos;s fd 2 is a copy of its fd 1, so both reach the parent through one pipe, in the order of the child&apos;s write(2) calls. pipescope-child prints four lines with C stdio, the odd ones with printf, the even ones with fprintf(stderr). Its stdout is a pipe, so the C library buffers it in full and writes it at exit; stderr is unbuffered and written at once. The parent reads 2, 4, 1, 3. Python does the same: print() to a pipe is block-buffered, stderr line-buffered.</source>
        <translation>stdout=PIPE，stderr=STDOUT：子进程的 fd 2 是它 fd 1 的副本，所以两者经由同一个管道到达父进程，顺序就是子进程调用 write(2) 的顺序。pipescope-child 用 C 标准 I/O 打印四行，奇数行用 printf，偶数行用 fprintf(stderr)。它的 stdout 是管道，所以 C 库对它全缓冲，到退出时才写出；stderr 不缓冲，立即写出。父进程读到的顺序是 2、4、1、3。Python 也一样：print() 输出到管道时是块缓冲，stderr 是行缓冲。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="291"/>
        <source>stderr=STDOUT: the same with stdout unbuffered</source>
        <translation>stderr=STDOUT：同样的子进程，stdout 不缓冲</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="293"/>
        <source>The same child with stdout unbuffered (setvbuf(stdout, NULL, _IONBF, 0)), as python3 -u, PYTHONUNBUFFERED=1 or print(..., flush=True) make a Python program&apos;s: every line is a write(2) of its own, and the parent reads 1, 2, 3, 4.</source>
        <translation>同样的子进程，但 stdout 不缓冲（setvbuf(stdout, NULL, _IONBF, 0)），就像 python3 -u、PYTHONUNBUFFERED=1 或 print(..., flush=True) 对 Python 程序所做的那样：每一行都是一次单独的 write(2)，父进程读到的顺序是 1、2、3、4。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="302"/>
        <source>SIGPIPE: the parent closes stdout, a C child dies of it</source>
        <translation>SIGPIPE：父进程关闭 stdout，C 写的子进程因此终止</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="304"/>
        <source>stdout=PIPE, stderr=PIPE. The parent reads the first bytes of stdout and closes it, as line = proc.stdout.readline(); proc.stdout.close() does, while pipescope-child, a C++ program, goes on writing. Once no process holds the read end, the child&apos;s next write(2) raises SIGPIPE, whose default action ends the process: Popen&apos;s returncode is -13 (a shell reports 141, that is 128 + 13). The child has that default because restore_signals=True puts back, before exec, the signals Python ignores.</source>
        <translation>stdout=PIPE，stderr=PIPE。父进程读到 stdout 的最初几个字节就把它关闭，就像 line = proc.stdout.readline(); proc.stdout.close() 那样；而 pipescope-child（一个 C++ 程序）还在继续写。一旦没有任何进程持有读端，子进程的下一次 write(2) 就会引发 SIGPIPE，其默认动作是结束进程：Popen 的 returncode 为 -13（shell 报告 141，即 128 + 13）。子进程之所以是默认动作，是因为 restore_signals=True 会在 exec 之前把 Python 忽略的信号恢复为默认。</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="316"/>
        <source>BrokenPipeError: the same with a Python child</source>
        <translation>BrokenPipeError：同样的情形，换成 Python 子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/live/livescenarios.cpp" line="318"/>
        <source>The same parent, and the real python3 running a program that prints numbered lines. Python ignores SIGPIPE (it sets SIG_IGN when it starts), so the same write(2) fails with EPIPE instead: print() raises BrokenPipeError, its traceback arrives on the stderr pipe and the child exits with status 1. The parent meets the same error when it writes to a child that has gone; communicate() ignores it there.</source>
        <translation>同样的父进程，子进程换成真正的 python3，运行一个打印编号行的程序。Python 忽略 SIGPIPE（它在启动时设为 SIG_IGN），所以同样的 write(2) 改为以 EPIPE 失败：print() 抛出 BrokenPipeError，回溯信息经 stderr 管道到达，子进程以状态 1 退出。父进程向已经退出的子进程写入时也会遇到同样的错误；communicate() 在那里会忽略它。</translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="29"/>
        <source>pipe full</source>
        <translation>管道已满</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="31"/>
        <source>pipe empty</source>
        <translation>管道为空</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="33"/>
        <source>waiting for a child process to exit</source>
        <translation>等待子进程退出</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="48"/>
        <source>the parent is blocked in %1</source>
        <translation>父进程阻塞在 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="49"/>
        <source>the parent is blocked in %1 — %2</source>
        <translation>父进程阻塞在 %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="50"/>
        <source>the child is blocked in %1</source>
        <translation>子进程阻塞在 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="51"/>
        <source>the child is blocked in %1 — %2</source>
        <translation>子进程阻塞在 %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="70"/>
        <source>%1 blocked</source>
        <translation>%1 阻塞</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="70"/>
        <source>%1 blocked: %2</source>
        <translation>%1 阻塞：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="80"/>
        <source>%1; %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="84"/>
        <source>Deadlock: %1. Neither can go on.</source>
        <translation>死锁：%1。双方都无法继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="88"/>
        <source>Waiting for input: %1. Type a line, or close stdin to send EOF.</source>
        <translation>等待输入：%1。输入一行，或关闭标准输入以发送 EOF。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="90"/>
        <source>Waiting for input: %1. The parent writes the next bytes.</source>
        <translation>等待输入：%1。父进程会写入接下来的字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="92"/>
        <source>Waiting for input: %1. The parent writes the next bytes at the slow motion&apos;s pace.</source>
        <translation>等待输入：%1。父进程按慢动作的速度写入接下来的字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="97"/>
        <source>Finished.</source>
        <translation>已结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="103"/>
        <source>Running: bytes can move.</source>
        <translation>运行中：字节可以流动。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="103"/>
        <source>Running: %1.</source>
        <translation>运行中：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="121"/>
        <source>pid %1 (%2) holds %3 as its fd %4</source>
        <comment>who keeps a pipe open</comment>
        <translation>pid %1（%2）以它的 fd %4 持有 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="127"/>
        <source>was killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="127"/>
        <source>exited with status %1</source>
        <translation>已退出，状态码为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="128"/>
        <source>The child %1, but %2: no end of file until that process closes it or ends. Stop ends it too.</source>
        <translation>子进程已%1，但%2：在那个进程关闭它或结束之前，读不到文件结尾（EOF）。停止会把它一并结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/livetext.cpp" line="129"/>
        <source>; </source>
        <comment>between two holders</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="121"/>
        <source>Export for the Browser</source>
        <translation>导出为网页</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="122"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="186"/>
        <source>Parent and child (anonymous pipes)</source>
        <translation>父进程与子进程（匿名管道）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="187"/>
        <source>Named pipes (FIFOs)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="188"/>
        <source>How Popen connects a parent and its child through pipes, step by step</source>
        <translation>逐步演示 Popen 如何用管道连接父进程与子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="189"/>
        <source>FIFOs: several writers, one reader, PIPE_BUF atomicity, permissions, duplex</source>
        <translation>FIFO：多个写者、一个读者，PIPE_BUF 原子性、权限、双工</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="190"/>
        <source>Watch a program</source>
        <translation>观察程序</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="192"/>
        <source>A real program of yours, recorded call by call: every process it starts and the pipes between them</source>
        <translation>你自己的真实程序，逐个调用地记录下来：它启动的每个进程，以及它们之间的管道</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="194"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="195"/>
        <source>&amp;Compact Layout</source>
        <translation>紧凑布局(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="196"/>
        <source>The diagram beside one column of tabs, for 720p projectors and small screens</source>
        <translation>图示旁只留一列标签页，适合 720p 投影仪和小屏幕</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="197"/>
        <source>&amp;Diagram Colours</source>
        <translation>示意图颜色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="198"/>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="199"/>
        <source>Light on a light window, dark on a dark one</source>
        <translation>窗口是浅色时用浅色，窗口是深色时用深色</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="200"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="201"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="202"/>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="203"/>
        <source>White on black with thicker lines, for a bright room or a reader who needs it</source>
        <translation>黑底白字、线条更粗，适合明亮的教室或有需要的读者</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="204"/>
        <source>Less&amp;on</source>
        <translation>课程(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="205"/>
        <source>&amp;Open Lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="206"/>
        <source>A .pipescope-lesson file: scenarios with narration and questions, each judged against what really happens</source>
        <translation>一个 .pipescope-lesson 文件：带讲解和提问的场景，每道题都对照实际发生的情况判定</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="208"/>
        <source>&amp;Close Lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="209"/>
        <source>&amp;Export Lesson for the Browser…</source>
        <translation>导出课程为网页(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="210"/>
        <source>One web page of the open lesson: each part&apos;s real steps, each question asked and judged against the real run, in any browser</source>
        <translation>把打开的课程导出为一个网页：每一部分的真实步骤，每个问题都在任何浏览器中提出，并按真实运行判定</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="212"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="215"/>
        <source>End the lesson and close its panel</source>
        <translation>结束课程并关闭课程面板</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="216"/>
        <source>Close Lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="221"/>
        <source>Float the lesson in a window of its own: on the teacher&apos;s screen, say</source>
        <translation>让课程在单独的窗口中浮动显示：比如放到教师的屏幕上</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="222"/>
        <source>Float the lesson panel</source>
        <translation>浮动课程面板</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="234"/>
        <source>&amp;Side Panels</source>
        <translation>侧边面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="235"/>
        <source>F9: show or hide everything beside the diagram</source>
        <translation>F9：显示或隐藏图示旁的所有内容</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="423"/>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="423"/>
        <source>PipeScope lessons (*.pipescope-lesson);;All files (*)</source>
        <translation>PipeScope 课程 (*.pipescope-lesson);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="435"/>
        <source>Export Lesson for the Browser</source>
        <translation>导出课程为网页</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="437"/>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>网页 (*.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="455"/>
        <source>A lesson is being played for its web page: wait until it is written.</source>
        <translation>正在为网页播放一节课：请等它写完。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="513"/>
        <source>Playing the lesson for its web page: part %1 of %2…</source>
        <translation>正在为网页播放这节课：第 %1 部分，共 %2 部分…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="483"/>
        <source>No lesson is open: open one from the Lesson menu first.</source>
        <translation>没有打开的课程：先从“课程”菜单打开一节。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="490"/>
        <source>A run is in progress: stop it (or let it end) before exporting &apos;%1&apos;.</source>
        <translation>正在运行：先停止它（或等它结束），再导出“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="505"/>
        <source>Playing the lesson for its web page…</source>
        <translation>正在为网页播放这节课…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="505"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="543"/>
        <source>No lesson &apos;%1&apos;: %2.</source>
        <translation>无法打开课程“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="550"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it is larger than 4 MiB.</source>
        <translation>“%1”不是 PipeScope 课程：文件超过 4 MiB。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="581"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it is not valid JSON.</source>
        <translation>“%1”不是 PipeScope 课程：它不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="583"/>
        <source>&apos;%1&apos; is not a PipeScope lesson: it has no &quot;format&quot;: &quot;pipescope-lesson&quot;.</source>
        <translation>“%1”不是 PipeScope 课程：其中没有 &quot;format&quot;: &quot;pipescope-lesson&quot;。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="585"/>
        <source>&apos;%1&apos; is a lesson of another format version: this PipeScope reads version %2.</source>
        <translation>“%1”是另一种格式版本的课程：此 PipeScope 只能读取版本 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="589"/>
        <source>&apos;%1&apos; is incomplete: %2 is missing.</source>
        <translation>“%1”不完整：缺少 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="591"/>
        <source>&apos;%1&apos; is malformed: %2 has the wrong type.</source>
        <translation>“%1”格式错误：%2 的类型不对。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="593"/>
        <source>&apos;%1&apos; is malformed: the value of %2 is not allowed there.</source>
        <translation>“%1”格式错误：%2 的值在此处不被允许。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="595"/>
        <source>&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</source>
        <translation>“%1”格式错误：%2 不是该流可用的重定向（none、pipe、devnull、fd:N、file:PATH，或仅用于 stderr 的 stdout）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="599"/>
        <source>&apos;%1&apos; is malformed: %2 is not a field of a lesson.</source>
        <translation>“%1”格式错误：%2 不是课程的字段。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/mainwindow.cpp" line="601"/>
        <source>&apos;%1&apos; is not a PipeScope lesson.</source>
        <translation>“%1”不是 PipeScope 课程。</translation>
    </message>
</context>
<context>
    <name>NamedPipesDiagram</name>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="68"/>
        <source>killed by %1</source>
        <translation>被 %1 杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="69"/>
        <source>exit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="72"/>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="74"/>
        <source>in open(O_WRONLY)</source>
        <translation>在 open(O_WRONLY) 中</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="76"/>
        <source>stopped after open</source>
        <translation>打开后已停下</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="77"/>
        <source>writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="107"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="190"/>
        <source>record split!</source>
        <translation>记录被拆开了！</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="108"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="206"/>
        <source>put back together</source>
        <translation>重组结果</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="153"/>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="275"/>
        <source>writer %1</source>
        <translation>写者 %1</translation>
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
        <translation>读者
（PipeScope）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="235"/>
        <source>w%1: %2</source>
        <translation>写者%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="257"/>
        <source>writer %1: record %2 arrived in one piece</source>
        <translation>写者 %1：记录 %2 一次完整到达</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="258"/>
        <source>writer %1: record %2 arrived in %3 pieces, split by other writers&apos; bytes</source>
        <translation>写者 %1：记录 %2 分成 %3 段到达，中间夹着其他写者的字节</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="267"/>
        <source>%n more writer(s): %1</source>
        <translation>
            <numerusform>另有 %n 个写者：%1</numerusform>
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
        <translation>写者 %1 %2
%3</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="290"/>
        <source>writer %1 %2</source>
        <translation>写者 %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="295"/>
        <source>FIFO %1
one way: write end → read end</source>
        <translation>FIFO %1
单向：写端 → 读端</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="299"/>
        <source>%1 of %2 bytes unread</source>
        <translation>%2 字节中有 %1 字节未读</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="311"/>
        <source>reader
open(O_RDONLY)
waits for a writer</source>
        <translation>读者
open(O_RDONLY)
等待写者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="314"/>
        <source>reader
fd %1 open</source>
        <translation>读者
fd %1 已打开</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="317"/>
        <source>reader
read(fd %1)</source>
        <translation>读者
read(fd %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipesdiagram.cpp" line="320"/>
        <source>reader
end of file</source>
        <translation>读者
文件结束</translation>
    </message>
</context>
<context>
    <name>NamedPipesPanel</name>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="35"/>
        <source>succeeds</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="51"/>
        <source>mkfifo: one FIFO, made once, not one per client</source>
        <translation>mkfifo：只创建一个 FIFO，不是每个客户端一个</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="53"/>
        <source>open(O_RDONLY): waits until a writer opens</source>
        <translation>open(O_RDONLY)：一直等到有写者打开</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="55"/>
        <source>open(O_WRONLY): waits for a reader; with O_NONBLOCK fails with ENXIO</source>
        <translation>open(O_WRONLY)：等待读者；若加 O_NONBLOCK，则以 ENXIO 失败</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="57"/>
        <source>rwx mode bits of owner, group and others instead of a DACL; root bypasses them</source>
        <translation>用属主、属组和其他人的 rwx 权限位代替 DACL；root 不受其限制</translation>
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
        <translation>需要第二个 FIFO（或一个 socketpair）：一个 FIFO 只能单向传输</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="67"/>
        <source>none: every writer shares the one FIFO, a reply cannot be addressed</source>
        <translation>没有：所有写者共用同一个 FIFO，回复无法指定发给谁</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="69"/>
        <source>none: a FIFO never crosses the network, even on a network file system</source>
        <translation>没有：FIFO 从不跨越网络，即使位于网络文件系统上</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="81"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="83"/>
        <source>client %1 (remote)</source>
        <translation>客户端 %1（远程）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="84"/>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="86"/>
        <source>SMB redirector (client %1)</source>
        <translation>SMB 重定向器（客户端 %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="103"/>
        <source>instance %1, SDDL</source>
        <translation>实例 %1，SDDL</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="110"/>
        <source>SMB TREE_CONNECT to \\SERVER\IPC$ (TCP 445, authenticated)</source>
        <translation>SMB TREE_CONNECT 连接 \\SERVER\IPC$（TCP 445，需身份验证）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="112"/>
        <source>CreateFile: every instance is taken</source>
        <translation>CreateFile：所有实例都已被占用</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="117"/>
        <source>%1 (client → server, one message)</source>
        <translation>%1（客户端 → 服务器，一条消息）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="119"/>
        <source>%1 (server → client, one message)</source>
        <translation>%1（服务器 → 客户端，一条消息）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="147"/>
        <source>&amp;Writers:</source>
        <translation>写者(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="148"/>
        <source>How many pipescope-child fifo-writer processes write into the FIFO</source>
        <translation>有多少个 pipescope-child fifo-writer 进程向该 FIFO 写入</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="149"/>
        <source>&amp;Records each:</source>
        <translation>每个写者的记录数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="150"/>
        <source>How many records every writer writes, each with one write(2)</source>
        <translation>每个写者写多少条记录，每条用一次 write(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="151"/>
        <source>Record si&amp;ze:</source>
        <translation>记录大小(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="152"/>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="157"/>
        <source> B</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="154"/>
        <source>Bytes per record. Up to PIPE_BUF (4096) a write is atomic; above it the size must be a multiple of 4096 so that the reader can reassemble split records</source>
        <translation>每条记录的字节数。不超过 PIPE_BUF（4096）时一次写入是原子的；超过时大小必须是 4096 的倍数，读者才能重组被拆开的记录</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="156"/>
        <source>Rea&amp;d size:</source>
        <translation>读取大小(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="158"/>
        <source>Bytes the reader asks for with each read(2)</source>
        <translation>读者每次 read(2) 请求的字节数</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="160"/>
        <source>The FIFO&apos;s permission bits in octal, given to mkfifo and set exactly (no umask)</source>
        <translation>FIFO 的权限位（八进制），交给 mkfifo 并精确设置（不受 umask 影响）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="161"/>
        <source>&amp;Mode:</source>
        <translation>权限(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="162"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="163"/>
        <source>Make a new FIFO and start the writers and the reader</source>
        <translation>创建一个新的 FIFO，并启动写者和读者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="164"/>
        <source>Leave Presenter Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="165"/>
        <source>Back to the full window (Esc or F11).</source>
        <translation>回到完整窗口（Esc 或 F11）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="166"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="168"/>
        <source>Kill every writer (SIGKILL), reap it, and remove the FIFO and its directory</source>
        <translation>杀死（SIGKILL）并回收每个写者，然后删除 FIFO 及其目录</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="170"/>
        <source>The FIFO as ls -l shows it: type p, mode bits, links, owner, group, path</source>
        <translation>ls -l 显示的 FIFO：类型 p、权限位、链接数、属主、属组、路径</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="61"/>
        <source>Writer</source>
        <translation>写者</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="62"/>
        <source>Records arrived</source>
        <translation>已到达的记录</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="62"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="101"/>
        <source>Writers</source>
        <translation>写者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="69"/>
        <source>FIFO file descriptors</source>
        <translation>FIFO 的文件描述符</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="70"/>
        <source>Every process of the run that has the FIFO open: its fd, access, path, inode and flags, read from /proc.</source>
        <translation>本次运行中打开了该 FIFO 的每个进程：它的 fd、访问方式、路径、inode 和标志，读自 /proc。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="72"/>
        <source>Party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="73"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="74"/>
        <source>Inode</source>
        <translation>inode</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="74"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="102"/>
        <source>File descriptors</source>
        <translation>fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="103"/>
        <source>Permissions, open(2)</source>
        <translation>权限与 open(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="104"/>
        <source>Duplex, Windows</source>
        <translation>双工与 Windows</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="105"/>
        <source>The writer processes of the run and how many of their records arrived.</source>
        <translation>本次运行的写入进程，以及它们的记录有多少已到达。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="106"/>
        <source>Who has the FIFO open, with which fd and flags, read from /proc.</source>
        <translation>谁打开了该 FIFO，用哪个 fd、带哪些标志，读自 /proc。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="107"/>
        <source>The FIFO&apos;s permission bits, and how open(2) waits for the other side.</source>
        <translation>FIFO 的权限位，以及 open(2) 如何等待另一端。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/namedpipespanel.cpp" line="109"/>
        <source>Two ways on POSIX (two FIFOs, or a socketpair), and a Windows named pipe, which is duplex (a model).</source>
        <translation>POSIX 上的双向通信（两个 FIFO，或一个 socketpair），以及本身就是双工的 Windows 命名管道（模型）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="71"/>
        <source>none: a FIFO is a byte stream with no record boundaries; writes up to PIPE_BUF are not interleaved, but reads can still merge or split them</source>
        <translation>无：FIFO 是没有记录边界的字节流；不超过 PIPE_BUF 的写入不会交错，但读取时仍可能把它们合并或拆开</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="258"/>
        <source>Records of %1 bytes ≤ PIPE_BUF (4096): each write(2) is atomic, so no record can be interleaved with another writer&apos;s bytes. The reader still gets no record boundaries: one read(2) may return several records, or part of one.</source>
        <translation>记录为 %1 字节 ≤ PIPE_BUF（4096）：每次 write(2) 都是原子的，所以任何记录都不会与其他写者的字节交错。但读者仍然得不到记录边界：一次 read(2) 可能返回好几条记录，也可能只返回一条记录的一部分。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="262"/>
        <source>Records of %1 bytes &gt; PIPE_BUF (4096): such writes may interleave. Linux keeps the pipe locked for a writer&apos;s whole copy and lets another writer in only when this one must wait on a full pipe, so a reader that empties the FIFO fast (large reads) makes interleaving rare: it prevents it, it does not hide it. The reader counts every record that was split.</source>
        <translation>记录为 %1 字节 &gt; PIPE_BUF（4096）：这样的写入可能交错。Linux 在一个写者复制数据的整个过程中锁住管道，只有当它必须在满管道上等待时才让别的写者进来；所以读得快的读者（大块读取）会让交错很少发生：它是防止了交错，而不是掩盖了交错。读者会统计每一条被拆开的记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="119"/>
        <source>Choose the writers and records and press Start: a FIFO is made with mkfifo in a private directory and real writer processes open it.</source>
        <translation>选择写者和记录后按“开始”：在私有目录中用 mkfifo 创建一个 FIFO，由真实的写者进程打开它。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="94"/>
        <source>What the reader proved</source>
        <translation>读者验证的结果</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="96"/>
        <source>Records reassembled:</source>
        <translation>已重组的记录：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="97"/>
        <source>Records whose every block arrived, in order, with a correct checksum</source>
        <translation>每个块都按顺序到达且校验和正确的记录</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="98"/>
        <source>Bytes read:</source>
        <translation>已读字节：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="98"/>
        <source>Every byte the reader&apos;s read(2) calls returned</source>
        <translation>读者的 read(2) 调用返回的全部字节</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="99"/>
        <source>Interleaved records:</source>
        <translation>交错的记录：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="100"/>
        <source>Complete records with another writer&apos;s bytes between their first and last byte</source>
        <translation>首字节与末字节之间夹有其他写者字节的完整记录</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="101"/>
        <source>Bytes lost:</source>
        <translation>丢失字节：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="102"/>
        <source>Bytes the writers wrote that never arrived as part of a record</source>
        <translation>写者写出、却没有作为记录的一部分到达的字节</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="103"/>
        <source>Fragments:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="104"/>
        <source>Runs of consecutive bytes of one record: a record in one piece is one fragment</source>
        <translation>同一条记录的连续字节段：完整到达的记录就是一个片段</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="105"/>
        <source>Corrupt bytes:</source>
        <translation>损坏字节：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="105"/>
        <source>Bytes that are not part of any valid block</source>
        <translation>不属于任何有效块的字节</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="106"/>
        <source>Throughput:</source>
        <translation>吞吐量：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="107"/>
        <source>Bytes read per second since the writers were released</source>
        <translation>自写者被放行以来每秒读取的字节数</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="108"/>
        <source>Reader&apos;s open waited:</source>
        <translation>读者 open 等待时长：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="109"/>
        <source>How long the reader&apos;s blocking open(O_RDONLY) slept until the first writer opened the FIFO</source>
        <translation>读者的阻塞 open(O_RDONLY) 睡眠了多久，直到第一个写者打开该 FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="94"/>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="147"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="95"/>
        <source>The new mode in octal, e.g. 0600 (owner reads and writes) or 0644</source>
        <translation>新的权限模式（八进制），例如 0600（仅属主可读写）或 0644</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="96"/>
        <source>&amp;chmod</source>
        <translation>&amp;chmod</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="98"/>
        <source>Change the FIFO&apos;s mode bits; the next open(2) is checked against them</source>
        <translation>修改 FIFO 的权限位；下一次 open(2) 会按新权限检查</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="99"/>
        <source>New mode:</source>
        <translation>新权限：</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="100"/>
        <source>A new mode takes effect for the next open(2): fds that are already open keep working, since permissions are only checked when a file is opened.</source>
        <translation>新权限从下一次 open(2) 起生效：已打开的 fd 继续可用，因为权限只在打开文件时检查。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="104"/>
        <source>PipeScope runs as root (geteuid() == 0): root bypasses the mode bits, so every open from here succeeds whatever the mode. &quot;Open as nobody&quot; shows what another user gets.</source>
        <translation>PipeScope 以 root 身份运行（geteuid() == 0）：root 不受权限位限制，所以无论权限如何，这里的每次打开都会成功。“以 nobody 打开”可以看到其他用户会得到什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="107"/>
        <source>PipeScope does not run as root, so the mode bits apply to it: chmod 0000 and an open fails with EACCES (Permission denied).</source>
        <translation>PipeScope 不是以 root 身份运行，所以权限位对它有效：chmod 0000 之后，打开操作会以 EACCES（权限不足）失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="102"/>
        <source>Rendezvous: open(2) of a FIFO</source>
        <translation>会合：FIFO 的 open(2)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="103"/>
        <source>A blocking open of a FIFO waits until another process opens the other end. With O_NONBLOCK it returns at once: a read end always opens, a write end fails with ENXIO while nobody has the FIFO open for reading.</source>
        <translation>以阻塞方式打开 FIFO 会一直等到另一个进程打开另一端。加 O_NONBLOCK 则立即返回：读端总能打开，而没有人以读方式打开该 FIFO 时，写端以 ENXIO 失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="107"/>
        <source>A blocking open for reading, on a thread of its own: it waits for a writer</source>
        <translation>在单独线程中以阻塞方式打开读端：它等待写者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="109"/>
        <source>A blocking open for writing, on a thread of its own: it waits for a reader</source>
        <translation>在单独线程中以阻塞方式打开写端：它等待读者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="110"/>
        <source>A non-blocking open for reading: returns at once, writer or not</source>
        <translation>非阻塞地以读方式打开：无论有没有写者都立即返回</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="112"/>
        <source>A non-blocking open for writing: fails with ENXIO while no reader has the FIFO open</source>
        <translation>非阻塞地以写方式打开：只要还没有读者打开该 FIFO，就以 ENXIO 失败</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="113"/>
        <source>C&amp;lose these fds</source>
        <translation>关闭这些 fd(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="114"/>
        <source>Close every fd opened here and give up a waiting open</source>
        <translation>关闭这里打开的所有 fd，并放弃正在等待的 open</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="109"/>
        <source>Open as &amp;nobody (uid %1)</source>
        <translation>以 &amp;nobody 打开（uid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="110"/>
        <source>A helper process becomes user nobody and opens the FIFO for reading (O_NONBLOCK): what another user gets</source>
        <translation>一个辅助进程切换为用户 nobody，并以读方式打开该 FIFO（O_NONBLOCK）：即其他用户会得到的结果</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="92"/>
        <source>POSIX: a FIFO goes one way — two ways need two channels (real, runs here)</source>
        <translation>POSIX：FIFO 是单向的——双向需要两条通道（真实运行于本机）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="94"/>
        <source>What the two processes sent each other and what each received, from the real run.</source>
        <translation>两个进程互相发送了什么、各自收到了什么，来自真实运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="95"/>
        <source>Run with a &amp;pair of FIFOs</source>
        <translation>用一对 FIFO 运行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="97"/>
        <source>Talk both ways with a forked peer over two FIFOs, one per direction</source>
        <translation>通过两个 FIFO（每个方向一个）与 fork 出的对端双向通信</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="98"/>
        <source>Run with a soc&amp;ketpair</source>
        <translation>用 socketpair 运行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="100"/>
        <source>Talk both ways with a forked peer over one socketpair: both directions on one fd</source>
        <translation>通过一个 socketpair 与 fork 出的对端双向通信：两个方向共用一个 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="101"/>
        <source>PipeScope forks a peer, sends it a message and reads the echo: over two FIFOs (one per direction) or over one socketpair (both ways on one fd).</source>
        <translation>PipeScope fork 出一个对端进程，向它发送一条消息并读取回显：通过两个 FIFO（每个方向一个），或通过一个 socketpair（在一个 fd 上双向传输）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="172"/>
        <source>Windows named pipe — a MODEL: nothing of it runs here</source>
        <translation>Windows 命名管道——模型：这里不会实际运行其中任何部分</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="173"/>
        <source>Clients on &amp;another machine (over SMB)</source>
        <translation>另一台机器上的客户端（经由 SMB）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="174"/>
        <source>Show the model with clients on other machines, which a Windows named pipe allows and a FIFO does not</source>
        <translation>在模型中显示来自其他机器的客户端：Windows 命名管道允许，FIFO 不允许</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="176"/>
        <source>Windows named pipe model</source>
        <translation>Windows 命名管道模型</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="177"/>
        <source>The Win32 calls a Windows named pipe server and its clients would make, with what each returns: a model.</source>
        <translation>Windows 命名管道的服务端及其客户端会做的 Win32 调用，以及各自的返回值：这是一个模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Who</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Win32 call (model)</source>
        <translation>Win32 调用（模型）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="180"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="184"/>
        <source>Mode &apos;%1&apos; is not an octal mode such as 0600.</source>
        <translation>权限“%1”不是 0600 这样的八进制权限。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="192"/>
        <source>A record of %1 bytes cannot be reassembled: above PIPE_BUF (4096) use a multiple of 4096, for example %2.</source>
        <translation>%1 字节的记录无法重组：超过 PIPE_BUF（4096）时请使用 4096 的倍数，例如 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="204"/>
        <source>pipescope-child was not found next to PipeScope, so no writer can run.</source>
        <translation>在 PipeScope 旁边找不到 pipescope-child，所以无法运行写者。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="222"/>
        <source>Stopping: every writer is killed (SIGKILL) and reaped, then the FIFO is removed.</source>
        <translation>正在停止：杀死（SIGKILL）并回收每个写者，然后删除 FIFO。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="332"/>
        <source>Waiting for a writer to open: the reader&apos;s open(O_RDONLY) blocks until a writer opens the FIFO for writing, while the writer processes start.</source>
        <translation>等待写者打开：读者的 open(O_RDONLY) 阻塞，直到有写者以写方式打开该 FIFO；写者进程正在启动。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="335"/>
        <source>Every writer has the FIFO open and stopped itself (SIGSTOP): their fd tables are read from /proc.</source>
        <translation>每个写者都已打开该 FIFO 并让自己停下（SIGSTOP）：正在从 /proc 读取它们的 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="338"/>
        <source>Writers: %1, each write(2)s records of %2 bytes; the reader read(2)s up to %3 bytes at a time.</source>
        <translation>写者：%1 个，每个用 write(2) 写入 %2 字节的记录；读者每次 read(2) 最多读取 %3 字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="353"/>
        <source>%1 interleavings in %2 records, %3 bytes lost.</source>
        <translation>%2 条记录中有 %1 次交错，丢失 %3 字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="358"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="360"/>
        <source>Stopped: the writers were killed (SIGKILL) and reaped; %1 records had arrived.</source>
        <translation>已停止：写者已被杀死（SIGKILL）并回收；已到达 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="364"/>
        <source>Writer %1 was never started. %2</source>
        <translation>写者 %1 从未启动。%2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="366"/>
        <source>Writer %1 (pid %2) was killed by %3. %4</source>
        <translation>写者 %1（pid %2）被 %3 杀死。%4</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="371"/>
        <source>Writer %1 (pid %2) failed with exit status %3%4. %5</source>
        <translation>写者 %1（pid %2）失败，退出状态 %3%4。%5</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="375"/>
        <source> before it had the FIFO open</source>
        <translation>（在它打开该 FIFO 之前）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="377"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="172"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="91"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="114"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="170"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="180"/>
        <source>known at end of file</source>
        <translation>读到文件结束时才知道</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="184"/>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforunview.cpp" line="188"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="103"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="89"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="98"/>
        <source>writer %1</source>
        <translation>写者 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="57"/>
        <source>FIFO writers</source>
        <translation>FIFO 写入者</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="58"/>
        <source>One row per writer process: its pid, whether it is waiting, writing or done, and how many of its records the reader got.</source>
        <translation>每个写入进程一行：它的 pid、它在等待、写入还是已完成，以及读取者收到了它的多少条记录。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="93"/>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="103"/>
        <source>exited with status %1</source>
        <translation>已退出，状态 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="102"/>
        <source>killed by %1</source>
        <translation>被 %1 杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="105"/>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="107"/>
        <source>blocked in open(O_WRONLY)</source>
        <translation>阻塞在 open(O_WRONLY) 中</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="109"/>
        <source>stopped after its open</source>
        <translation>打开后已停下</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifowriterstable.cpp" line="111"/>
        <source>writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="93"/>
        <source>no fd on the FIFO</source>
        <translation>没有指向该 FIFO 的 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="102"/>
        <source>reader (PipeScope)</source>
        <translation>读者（PipeScope）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="110"/>
        <source>PipeScope (opened by hand)</source>
        <translation>PipeScope（手动打开）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="116"/>
        <source>Every process that opens the FIFO is listed here with its fd, read from /proc/&lt;pid&gt;/fd and fdinfo once the writers have opened it.</source>
        <translation>写者打开该 FIFO 之后，这里会列出每个打开它的进程及其 fd，数据读自 /proc/&lt;pid&gt;/fd 和 fdinfo。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="119"/>
        <source>Processes holding the FIFO: %1. Every fd names the same path and the same inode %2. Writers were read while stopped right after their open; the reader is PipeScope.</source>
        <translation>持有该 FIFO 的进程：%1 个。每个 fd 都指向同一路径和同一 inode %2。写者是在刚打开后停下时读取的；读者就是 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifofdview.cpp" line="125"/>
        <source>The fds name %1 different inodes.</source>
        <translation>这些 fd 指向 %1 个不同的 inode。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="275"/>
        <source>%1: removed, and its directory %2 with it</source>
        <translation>%1：已删除，其目录 %2 也一并删除</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="301"/>
        <source>The writers are gone and the FIFO and its private directory were removed.</source>
        <translation>写者已全部结束，FIFO 及其私有目录已删除。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fiforuncontrols.cpp" line="279"/>
        <source>No FIFO yet: Start makes one with mkfifo in a private directory (mkdtemp).</source>
        <translation>还没有 FIFO：“开始”会在私有目录（mkdtemp）中用 mkfifo 创建一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="159"/>
        <source>%1 is waiting for a writer to open the FIFO — %2 s so far.</source>
        <translation>%1 正在等待写者打开该 FIFO——已等待 %2 秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="160"/>
        <source>%1 is waiting for a reader to open the FIFO — %2 s so far.</source>
        <translation>%1 正在等待读者打开该 FIFO——已等待 %2 秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="163"/>
        <source>The thread sleeps in the kernel (wchan: wait_for_partner).</source>
        <translation>该线程在内核中睡眠（wchan：wait_for_partner）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="167"/>
        <source>%1 returned after %2 s: the other side opened the FIFO.</source>
        <translation>%1 在 %2 秒后返回：另一方打开了该 FIFO。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="170"/>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="173"/>
        <source>%1 was given up.</source>
        <translation>已放弃 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="179"/>
        <source>fd %1 (%2%3)</source>
        <translation>fd %1（%2%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="181"/>
        <source>read end</source>
        <translation>读端</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="181"/>
        <source>write end</source>
        <translation>写端</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="185"/>
        <source>Held here: %1</source>
        <translation>这里持有：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="200"/>
        <source>%1 returned fd %2 at once: a read end opens without waiting for a writer.</source>
        <translation>%1 立即返回 fd %2：读端无需等待写者即可打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="204"/>
        <source>%1 returned fd %2: a reader has the FIFO open.</source>
        <translation>%1 返回 fd %2：已有读者打开该 FIFO。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="210"/>
        <source>%1 failed at once with ENXIO (No such device or address): nobody has the FIFO open for reading. Without O_NONBLOCK the open would wait here instead.</source>
        <translation>%1 立即以 ENXIO（没有那个设备或地址）失败：没有人以读方式打开该 FIFO。不加 O_NONBLOCK 的话，open 会在这里等待。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="232"/>
        <source>A thread called open(O_RDONLY): it returns once a writer opens, for instance with open(O_WRONLY | O_NONBLOCK) here.</source>
        <translation>一个线程调用了 open(O_RDONLY)：一旦有写者打开（例如在这里用 open(O_WRONLY | O_NONBLOCK)），它就返回。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="234"/>
        <source>A thread called open(O_WRONLY): it returns once a reader opens, for instance with open(O_RDONLY | O_NONBLOCK) here.</source>
        <translation>一个线程调用了 open(O_WRONLY)：一旦有读者打开（例如在这里用 open(O_RDONLY | O_NONBLOCK)），它就返回。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/rendezvousbox.cpp" line="245"/>
        <source>Every fd opened here is closed.</source>
        <translation>这里打开的所有 fd 都已关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="143"/>
        <source>Mode &apos;%1&apos; is not an octal mode such as 0644.</source>
        <translation>权限“%1”不是 0644 这样的八进制权限。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="154"/>
        <source>chmod %1: the next open(2) is checked against the new bits; fds already open keep working.</source>
        <translation>chmod %1：下一次 open(2) 将按新权限位检查；已打开的 fd 继续可用。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="174"/>
        <source>User nobody (uid %1) may open the FIFO for reading: mode %2 lets others read.</source>
        <translation>用户 nobody（uid %1）能以读方式打开该 FIFO：权限 %2 允许其他人读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="183"/>
        <source>User nobody (uid %1): open(O_RDONLY) failed with EACCES (Permission denied): mode %2 does not let others read. Root was let through only because it is root.</source>
        <translation>用户 nobody（uid %1）：open(O_RDONLY) 以 EACCES（权限不足）失败：权限 %2 不允许其他人读取。root 之所以能通过，只是因为它是 root。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/fifopermissionsbox.cpp" line="193"/>
        <source>User nobody (uid %1): %2</source>
        <translation>用户 nobody（uid %1）：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="140"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="155"/>
        <source>Two FIFOs, one per direction: a2b and b2a</source>
        <translation>两个 FIFO，每个方向一个：a2b 和 b2a</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="156"/>
        <source>One socketpair(AF_UNIX, SOCK_STREAM): one fd per side, both ways</source>
        <translation>一个 socketpair(AF_UNIX, SOCK_STREAM)：每端一个 fd，双向传输</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="167"/>
        <source>parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="168"/>
        <source>peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="169"/>
        <source>sent %1 bytes, %2 came back: %3</source>
        <translation>发送 %1 字节，收回 %2 字节：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="172"/>
        <source>the same message</source>
        <translation>消息相同</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="172"/>
        <source>NOT the same message</source>
        <translation>消息不相同</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="175"/>
        <source>write(2) on the parent&apos;s read end of b2a: EBADF, because the parent opened it O_RDONLY. The real limit is that a FIFO is one byte queue: whatever is written, from either side, goes into the same queue, so two directions need two FIFOs.</source>
        <translation>在父进程的 b2a 读端上调用 write(2)：EBADF，因为父进程是以 O_RDONLY 打开它的。真正的限制在于一个 FIFO 只有一条字节队列：无论哪一方写入，都进入同一条队列，所以两个方向需要两个 FIFO。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="178"/>
        <source>write(2) on the parent&apos;s read end of b2a: %1</source>
        <translation>在父进程持有的 b2a 读端上调用 write(2)：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="181"/>
        <source>write(2) on the very fd the parent reads from: it succeeds — a socket goes both ways.</source>
        <translation>在父进程用来读取的同一个 fd 上调用 write(2)：成功——套接字是双向的。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/duplextab.cpp" line="183"/>
        <source>write(2) on the very fd the parent reads from: %1</source>
        <translation>在父进程用来读取的同一个 fd 上调用 write(2)：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="187"/>
        <source>A model of the Win32 calls, not a run. One server creates %1 instances of %2 with PIPE_ACCESS_DUPLEX: each client gets its own instance and talks both ways on one handle. Clients open %3%4. Security descriptor (SDDL): %5</source>
        <translation>这是 Win32 调用的模型，并非真实运行。一个服务器用 PIPE_ACCESS_DUPLEX 创建 %2 的 %1 个实例：每个客户端得到自己的实例，在一个句柄上双向通信。客户端打开 %3%4。安全描述符（SDDL）：%5</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="192"/>
        <source> — over SMB from another machine, which a FIFO cannot do</source>
        <translation>——经由 SMB 从另一台机器访问，这是 FIFO 做不到的</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="205"/>
        <location filename="../app/gui/namedpipes/windowspipemodelbox.cpp" line="220"/>
        <source>A POSIX FIFO instead: %1</source>
        <translation>POSIX FIFO 的对应做法：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="121"/>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="121"/>
        <source>Windows (run under Wine)</source>
        <translation>Windows（在 Wine 下运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="122"/>
        <source>Linux FIFO</source>
        <translation>Linux FIFO</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="127"/>
        <source>Many clients</source>
        <translation>多个客户端</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="128"/>
        <source>%1 instances made with nMaxInstances=3; a 4th CreateNamedPipeW: %2. With all three taken, a 4th client&apos;s CreateFileW: %3; WaitNamedPipeW(200 ms): %4.</source>
        <translation>以 nMaxInstances=3 创建了 %1 个实例；第 4 次 CreateNamedPipeW：%2。三个实例都被占用时，第 4 个客户端的 CreateFileW：%3；WaitNamedPipeW(200 ms)：%4。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="132"/>
        <source>One FIFO for every writer: no instances, and nothing refuses a client.</source>
        <translation>所有写者共用一个 FIFO：没有实例，也不会拒绝任何客户端。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="135"/>
        <source>client %1 (pid %2) read: &quot;%3&quot;</source>
        <translation>客户端 %1（pid %2）读到：“%3”</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="139"/>
        <source>Duplex</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="140"/>
        <source>Each client wrote and then read its instance&apos;s answer on the same handle: %1.</source>
        <translation>每个客户端先写，再在同一个句柄上读到它那个实例的回答：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="142"/>
        <source>A FIFO goes one way: an answer needs a second FIFO (the Duplex demo beside runs it).</source>
        <translation>FIFO 是单向的：回答需要第二个 FIFO（旁边的双向演示会运行它）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="143"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="144"/>
        <source>Message mode, 200 and 50 bytes read 64 at a time: %1. Byte mode: %2.</source>
        <translation>消息模式，200 字节和 50 字节的消息每次读 64 字节：%1。字节模式：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="146"/>
        <source>A byte stream: the boundaries are gone, as in byte mode.</source>
        <translation>字节流：和字节模式一样，消息边界不复存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="149"/>
        <source>Created with %1 (only SYSTEM); the handle holds %2; this user opened it: yes.</source>
        <translation>以 %1 创建（只允许 SYSTEM）；句柄上保存的是 %2；本用户打开它：成功。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="152"/>
        <source>Created with %1 (only SYSTEM); the handle holds %2; this user opened it: no, %3.</source>
        <translation>以 %1 创建（只允许 SYSTEM）；句柄上保存的是 %2；本用户打开它：失败，%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="156"/>
        <source>Wine does not enforce this ACL; Windows would refuse with ERROR_ACCESS_DENIED.</source>
        <translation>Wine 不执行这个 ACL；Windows 会以 ERROR_ACCESS_DENIED 拒绝。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="159"/>
        <source>The FIFO&apos;s mode bits, checked by the kernel at open(2); root bypasses them (the Permissions tab).</source>
        <translation>FIFO 的权限位，由内核在 open(2) 时检查；root 可以绕过（见“权限”标签页）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="161"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="162"/>
        <source>%1: opened.</source>
        <translation>%1：已打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="163"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="165"/>
        <source>Wine has no remote pipes; Windows would ask the host over SMB.</source>
        <translation>Wine 没有远程管道；Windows 会通过 SMB 询问那台主机。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="167"/>
        <source>None: a FIFO never crosses the network.</source>
        <translation>没有：FIFO 从不跨越网络。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="169"/>
        <source>Ran on %1.</source>
        <translation>在 %1 上运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="181"/>
        <source>Windows named pipes, run under Wine</source>
        <translation>Windows 命名管道，在 Wine 下运行</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="182"/>
        <source>What the note says of named pipes holds for Windows&apos; named pipes: run them for real (pipescope-trace.exe under Wine) beside the FIFO runs of this page.</source>
        <translation>笔记中关于命名管道的说法，适用于 Windows 的命名管道：在本页的 FIFO 运行旁边，真正运行它们（在 Wine 下运行 pipescope-trace.exe）。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="185"/>
        <source>Run on Windows (Wine)</source>
        <translation>在 Windows 上运行（Wine）</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="186"/>
        <source>Three instances and three client processes, message and byte mode, a security descriptor and a remote name, run under Wine.</source>
        <translation>三个实例和三个客户端进程、消息模式和字节模式、一个安全描述符以及一个远程名称，都在 Wine 下运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="190"/>
        <source>Windows named pipes, run</source>
        <translation>Windows 命名管道，运行结果</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="191"/>
        <source>Per claim of the note: what the Windows run did and what a Linux FIFO has instead.</source>
        <translation>按笔记中的每条说法：Windows 运行做了什么，Linux FIFO 又是怎样的。</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="193"/>
        <source>Running under Wine</source>
        <translation>正在 Wine 下运行</translation>
    </message>
    <message>
        <location filename="../app/gui/namedpipes/windowspiperunbox.cpp" line="200"/>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
</context>
<context>
    <name>PlanComparePanel</name>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="170"/>
        <source>Choose a row to see what its mark means; a row with a recorded call shows that call in the diagram.</source>
        <translation>选择一行，查看其标记的含义；带有记录调用的行会在图中显示该调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="196"/>
        <source>No CPython Popen was recognised in this recording: there is no plan to set beside it.</source>
        <translation>这次记录中没有识别出 CPython 的 Popen：没有可以并排对照的计划。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="197"/>
        <source>Record a Python program that calls subprocess.Popen to set it beside PipeScope&apos;s plan.</source>
        <translation>记录一个调用 subprocess.Popen 的 Python 程序，即可与 PipeScope 的计划并排对照。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="214"/>
        <source>&amp;Popen:</source>
        <translation>&amp;Popen：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="215"/>
        <source>The recognised Popen calls, in the order they started their child.</source>
        <translation>识别出的 Popen 调用，按它们启动子进程的顺序排列。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="220"/>
        <source>%1: process %2 started %3 (%4)</source>
        <translation>%1：进程 %2 启动了 %3（%4）</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="226"/>
        <source>PipeScope&apos;s plan</source>
        <translation>PipeScope 的计划</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="226"/>
        <source>What CPython did</source>
        <translation>CPython 实际所做</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="227"/>
        <source>What the chosen row means</source>
        <translation>所选行的含义</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="228"/>
        <source>The plan beside the recording</source>
        <translation>计划与记录并排对照</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/plancomparepanel.cpp" line="229"/>
        <source>Each row: a step of PipeScope&apos;s plan, the recorded call that did it, and whether they differ.</source>
        <translation>每一行：PipeScope 计划中的一步、完成它的记录调用，以及两者是否不同。</translation>
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
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="163"/>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="165"/>
        <source>What it does and why</source>
        <translation>作用与原因</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/planmodel.cpp" line="167"/>
        <source>Real fds (last run)</source>
        <translation>真实 fd（上次运行）</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="41"/>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="46"/>
        <source>Full screen with large text for a classroom: the diagram and the step bar only (F11; Esc leaves).</source>
        <translation>面向课堂的全屏大字模式：只显示示意图和单步栏（F11；按 Esc 退出）。</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="81"/>
        <source>Leave Presenter Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/presentermode.cpp" line="84"/>
        <source>Back to the full window (Esc or F11).</source>
        <translation>回到完整窗口（Esc 或 F11）。</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="16"/>
        <source>Seed demo: stdin=PIPE, stdout=PIPE</source>
        <translation>笔记演示：stdin=PIPE，stdout=PIPE</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="17"/>
        <source>The note&apos;s parent.py and child.py: the parent writes ten lines into the child&apos;s stdin and reads what it prints.</source>
        <translation>笔记中的 parent.py 和 child.py：父进程向子进程的标准输入写入十行，并读取子进程打印的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="20"/>
        <source>stdin not PIPE (AttributeError: write)</source>
        <translation>stdin 不是 PIPE（AttributeError: write）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="21"/>
        <source>stdin=None: the parent keeps no write end, proc.stdin is None and proc.stdin.write() raises AttributeError.</source>
        <translation>stdin=None：父进程没有保留写端，proc.stdin 为 None，调用 proc.stdin.write() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="24"/>
        <source>stdout not PIPE (AttributeError: readline)</source>
        <translation>stdout 不是 PIPE（AttributeError: readline）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="25"/>
        <source>stdout=None: the child writes to the parent&apos;s own stdout, proc.stdout is None and proc.stdout.readline() raises AttributeError.</source>
        <translation>stdout=None：子进程直接写入父进程自己的标准输出，proc.stdout 为 None，调用 proc.stdout.readline() 会引发 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="28"/>
        <source>stderr=STDOUT</source>
        <translation>stderr=STDOUT</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="29"/>
        <source>stderr=STDOUT: the child&apos;s fd 2 becomes a second copy of the stdout pipe&apos;s write end.</source>
        <translation>stderr=STDOUT：子进程的 fd 2 成为标准输出管道写端的第二个副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="31"/>
        <source>DEVNULL</source>
        <translation>DEVNULL</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="32"/>
        <source>stdin=DEVNULL and stderr=DEVNULL: one /dev/null fd, opened once and shared.</source>
        <translation>stdin=DEVNULL 且 stderr=DEVNULL：只打开一次 /dev/null，两者共用同一个 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="33"/>
        <source>stdout to a file</source>
        <translation>stdout 重定向到文件</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/presets.cpp" line="34"/>
        <source>stdout goes to the file pipescope-stdout.txt in the temporary folder: the parent opens the file, the child&apos;s fd 1 refers to it.</source>
        <translation>标准输出写入临时文件夹中的 pipescope-stdout.txt：父进程打开该文件，子进程的 fd 1 指向它。</translation>
    </message>
</context>
<context>
    <name>ProcessDiagram</name>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="94"/>
        <source>Processes and pipes</source>
        <translation>进程与管道</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="157"/>
        <source>Record a program to see its processes and their pipes here.</source>
        <translation>记录一个程序后，这里会显示它的进程和它们的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="190"/>
        <source>no pipe ends</source>
        <translation>没有管道端</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/processdiagram.cpp" line="201"/>
        <source>fd %1  %2</source>
        <translation>fd %1  %2</translation>
    </message>
</context>
<context>
    <name>PythonPanel</name>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="142"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="143"/>
        <source>Copy the program shown to the clipboard.</source>
        <translation>把显示的程序复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="144"/>
        <source>Run in P&amp;ython</source>
        <translation>用 P&amp;ython 运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="145"/>
        <source>Write parent.py and child.py to a temporary folder and run python3 parent.py: the note&apos;s pattern, which writes everything and then reads. PipeScope&apos;s Run talks to the child as communicate() does, like python3 parent.py communicate.</source>
        <translation>把 parent.py 和 child.py 写入临时文件夹并运行 python3 parent.py：这是笔记中的写法，先写完全部输入再读取。PipeScope 的“运行”像 communicate() 那样与子进程对话，相当于 python3 parent.py communicate。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="148"/>
        <source>The equivalent Python program, read-only.</source>
        <translation>等价的 Python 程序（只读）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="149"/>
        <source>What python3 printed: the program&apos;s output, then its stderr (a traceback, if any).</source>
        <translation>python3 打印的内容：先是程序的输出，然后是它的标准错误（如有回溯信息，也在其中）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="152"/>
        <source>Press Run in Python to see what the real python3 does.</source>
        <translation>按“用 Python 运行”，看看真实的 python3 会怎样。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="272"/>
        <source>PipeScope&apos;s own run: not run yet (Run, F5).</source>
        <translation>PipeScope 自己的运行：尚未运行（“运行”，F5）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="252"/>
        <source>PipeScope expects no error: every stream the program uses is a PIPE.</source>
        <translation>PipeScope 预计不会出错：程序用到的每个流都是 PIPE。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="136"/>
        <source>parent.py is the Popen program for this configuration; child.py is the seed&apos;s child, written for PipeScope. Unlike the note&apos;s child.py it ends at end-of-file: the note&apos;s loop never checks for the &apos;&apos; that readline() returns there, so it would print for ever. The note&apos;s own two files are here too, to run as the note writes them.</source>
        <translation>parent.py 是当前配置的 Popen 程序；child.py 是笔记中的子进程，为 PipeScope 重写。与笔记的 child.py 不同，它在文件结束时退出：笔记中的循环从不检查 readline() 在那里返回的 &apos;&apos;，所以会永远打印下去。这里也有笔记自己的两个文件，可以按笔记原样运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="140"/>
        <source>the note&apos;s parent.py</source>
        <translation>笔记的 parent.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="141"/>
        <source>the note&apos;s child.py</source>
        <translation>笔记的 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="150"/>
        <source>Python program</source>
        <translation>Python 程序</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="151"/>
        <source>What python3 printed</source>
        <translation>python3 打印的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="243"/>
        <source>PipeScope expects the note&apos;s demo to hang: child.py&apos;s prints stay in Python&apos;s buffer because its stdout is a pipe, parent.py&apos;s readline() waits for them, and after ten lines child.py waits for more input that never comes. Run in Python kills it after %n second(s).</source>
        <translation>
            <numerusform>PipeScope 预计笔记中的示例会卡住：child.py 的 stdout 是管道，所以它打印的内容留在 Python 的缓冲区里，parent.py 的 readline() 等着它们，而十行之后 child.py 又在等永远不会到来的输入。“在 Python 中运行”会在 %n 秒后结束它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="255"/>
        <source>PipeScope expects: %1</source>
        <translation>PipeScope 预计：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="257"/>
        <source>(Python stops at the first error; the next would be: %1)</source>
        <translation>（Python 在第一个错误处就会停止；下一个错误将是：%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="271"/>
        <source>PipeScope&apos;s own run: %1</source>
        <translation>PipeScope 自己的运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="282"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="311"/>
        <source>Cannot write the program to a temporary folder.</source>
        <translation>无法把程序写入临时文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="285"/>
        <source>Running %1 parent.py …</source>
        <translation>正在运行 %1 parent.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="288"/>
        <source>python3 was not found.</source>
        <translation>找不到 python3。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="314"/>
        <source>Cannot start &apos;%1&apos;: is python3 installed?</source>
        <translation>无法启动“%1”：是否安装了 python3？</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="319"/>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="291"/>
        <source>python3 did not finish in time and was killed.</source>
        <translation>python3 没有按时结束，已被杀死。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="294"/>
        <source>python3 crashed.</source>
        <translation>python3 崩溃了。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonpanel.cpp" line="297"/>
        <source>python3 exited with status %1.</source>
        <translation>python3 已退出，状态码为 %1。</translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="87"/>
        <source>parent.py, generated by PipeScope: the note&apos;s parent.py for this configuration.</source>
        <translation>parent.py，由 PipeScope 生成：针对当前配置的笔记版 parent.py。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="88"/>
        <source>python3 parent.py: the note&apos;s pattern (write everything, then read), which can deadlock.</source>
        <translation>python3 parent.py：笔记中的写法（先写完全部输入，再读取），可能死锁。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="89"/>
        <source>python3 parent.py communicate: Popen.communicate(), as PipeScope&apos;s Run does.</source>
        <translation>python3 parent.py communicate：使用 Popen.communicate()，与 PipeScope 的“运行”相同。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="148"/>
        <source>communicate(): writes the input, closes stdin, and reads stdout and stderr at the same time</source>
        <translation>communicate()：写入输入、关闭 stdin，同时读取 stdout 和 stderr，</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="150"/>
        <source>until end-of-file, then waits. It cannot deadlock on a full pipe. PipeScope&apos;s Run does this.</source>
        <translation>直到文件结束，然后等待子进程。它不会因管道写满而死锁。PipeScope 的“运行”就是这样做的。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="167"/>
        <source>The note&apos;s pattern: write all the input, then read stdout to end-of-file, then stderr.</source>
        <translation>笔记中的写法：先写完全部输入，再把 stdout 读到文件结束，然后读 stderr。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="168"/>
        <source>It can deadlock: if the child fills the stdout or stderr pipe while the parent is still</source>
        <translation>它可能死锁：如果父进程还在写入时子进程写满了 stdout 或 stderr 管道，</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="169"/>
        <source>writing, or fills stderr while the parent reads stdout, each waits for the other for ever</source>
        <translation>或者父进程读 stdout 时子进程写满了 stderr，双方就会永远互相等待</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="170"/>
        <source>(the Live tab shows it). &apos;python3 parent.py communicate&apos; runs the variant that cannot.</source>
        <translation>（实时页演示了这一点）。“python3 parent.py communicate”运行不会死锁的版本。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="172"/>
        <source>If stdin is not subprocess.PIPE, child_p.stdin is None and the next line raises</source>
        <translation>如果 stdin 不是 subprocess.PIPE，child_p.stdin 为 None，下一行会引发</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="77"/>
        <source>%1 bytes: numbered lines of 64 bytes, as PipeScope writes them</source>
        <translation>%1 字节：每行 64 字节的编号行，与 PipeScope 写入的相同</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="188"/>
        <source>end-of-file for the child: its readline() returns &apos;&apos;</source>
        <translation>对子进程来说就是文件结束：它的 readline() 返回 &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="191"/>
        <source>If stdout is not subprocess.PIPE, child_p.stdout is None and the next line raises</source>
        <translation>如果 stdout 不是 subprocess.PIPE，child_p.stdout 为 None，下一行会引发</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="195"/>
        <source>b&apos;&apos;: every write end is closed, the child has ended</source>
        <translation>b&apos;&apos;：所有写端都已关闭，子进程已经结束</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="202"/>
        <source>Never leave the child behind: it gets 10 seconds to end, then it is killed.</source>
        <translation>绝不丢下子进程不管：给它 10 秒结束，超时就杀死它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="219"/>
        <source>stdin is not PIPE: the parent holds no write end, so child_p.stdin is None and child_p.stdin.write() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin 不是 PIPE：父进程没有写端，所以 child_p.stdin 为 None，child_p.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/pythonprogram.cpp" line="222"/>
        <source>stdout is not PIPE: the parent holds no read end, so child_p.stdout is None and child_p.stdout.readline() raises AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>stdout 不是 PIPE：父进程没有读端，所以 child_p.stdout 为 None，child_p.stdout.readline() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="69"/>
        <source>killed by %1</source>
        <translation>被 %1 杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="69"/>
        <source>exit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="74"/>
        <source>write end</source>
        <translation>写端</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="74"/>
        <source>read end</source>
        <translation>读端</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="81"/>
        <source>--- %1 delivered ---</source>
        <translation>--- 收到 %1 ---</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="103"/>
        <source>Process %1&apos;s %2 failed: %3.</source>
        <translation>进程 %1 的 %2 失败：%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="109"/>
        <source>Process %1 wrote to fd %2, but no process holds the pipe&apos;s read end any more: the write failed with EPIPE. The process gets SIGPIPE too, which ends it unless it ignores or handles the signal (Python ignores it).</source>
        <translation>进程 %1 向 fd %2 写入，但已没有任何进程持有该管道的读端：写入以 EPIPE 失败。进程同时收到 SIGPIPE，除非它忽略或处理这个信号（Python 会忽略它），否则会因此结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="114"/>
        <source>Process %1 could not run %2: %3. It still runs its old program.</source>
        <translation>进程 %1 无法运行 %2：%3。它仍在运行原来的程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="123"/>
        <source>Process %1 made a pipe: fd %2 is its read end, fd %3 its write end. Bytes written to the write end come out of the read end, in one direction only.</source>
        <translation>进程 %1 创建了一个管道：fd %2 是读端，fd %3 是写端。写入写端的字节从读端出来，只能单向流动。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="129"/>
        <source>Process %1 called dup2 with the same fd twice: nothing changes.</source>
        <translation>进程 %1 用同一个 fd 调用了 dup2 两次：什么也没有改变。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="134"/>
        <source>Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before). Both now refer to the same open file; a program started by exec will find it as fd %3.</source>
        <translation>进程 %1 让 fd %3 成为 fd %2 的副本（先关闭 fd %3 原来指向的东西）。两者现在指向同一个打开的文件；之后 exec 启动的程序会在 fd %3 上找到它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="141"/>
        <source>Process %1 marked fd %2 close-on-exec: a successful exec will close it.</source>
        <translation>进程 %1 给 fd %2 设置了执行时关闭（close-on-exec）：成功的 exec 会关闭它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="143"/>
        <source>Process %1 cleared close-on-exec on fd %2: it stays open across exec.</source>
        <translation>进程 %1 清除了 fd %2 的执行时关闭（close-on-exec）标志：它在 exec 之后仍然打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="146"/>
        <source>Process %1 set the capacity of the pipe behind fd %2 to %3 bytes.</source>
        <translation>进程 %1 把 fd %2 背后的管道容量设为 %3 字节。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="153"/>
        <source>Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up.</source>
        <translation>进程 %1 把 fd %2 复制到 fd %3，即从 %4 起最小的空闲 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="156"/>
        <source>Process %1 copied fd %2 to the lowest free fd, %3.</source>
        <translation>进程 %1 把 fd %2 复制到最小的空闲 fd：%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="162"/>
        <source>Process %1 closed fd %2.</source>
        <translation>进程 %1 关闭了 fd %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="169"/>
        <source>No process holds the pipe&apos;s write end any more: once the pipe is empty, a read from it returns 0, end of file.</source>
        <translation>已没有任何进程持有该管道的写端：管道一旦读空，对它的读取就返回 0，即文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="173"/>
        <source>No process holds the pipe&apos;s read end any more: a write to it now fails with EPIPE and raises SIGPIPE.</source>
        <translation>已没有任何进程持有该管道的读端：现在向它写入会以 EPIPE 失败，并产生 SIGPIPE。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="177"/>
        <source>The pipe&apos;s %1 is still held through %n other fd(s).</source>
        <translation>
            <numerusform>该管道的%1仍由另外 %n 个 fd 持有。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="187"/>
        <source>Process %1 closed every fd from %2 to %3 in one call.</source>
        <translation>进程 %1 用一次调用关闭了从 %2 到 %3 的所有 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="186"/>
        <location filename="../app/gui/text/recordingtext.cpp" line="190"/>
        <source>the last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="131"/>
        <source>Process %1 made fd %3 a copy of fd %2 (closing what fd %3 was before), marked close-on-exec: an exec will close it.</source>
        <translation>进程 %1 让 fd %3 成为 fd %2 的副本（先关闭 fd %3 原来指向的东西），并标记为执行时关闭（close-on-exec）：exec 时它会被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="149"/>
        <source>Process %1 copied fd %2 to fd %3, the lowest free fd from %4 up, marked close-on-exec.</source>
        <translation>进程 %1 把 fd %2 复制到 fd %3，即从 %4 起最小的空闲 fd，并标记为执行时关闭（close-on-exec）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="183"/>
        <source>Process %1 marked every fd from %2 to %3 close-on-exec in one call: they close at its exec.</source>
        <translation>进程 %1 用一次调用把从 %2 到 %3 的所有 fd 标记为执行时关闭（close-on-exec）：它们会在 exec 时关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="195"/>
        <source>Process %1 opened the FIFO %2 as fd %3: a named pipe, found by its path.</source>
        <translation>进程 %1 以 fd %3 打开了 FIFO %2：一个通过路径找到的命名管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="197"/>
        <source>Process %1 opened %2 as fd %3.</source>
        <translation>进程 %1 以 fd %3 打开了 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="200"/>
        <source>Process %1 made the FIFO %2: a pipe with a name in the file system, which any process permitted to open the path can use.</source>
        <translation>进程 %1 创建了 FIFO %2：一个在文件系统中有名字的管道，任何有权限打开该路径的进程都可以使用它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="204"/>
        <source>Process %1 made a pair of connected sockets: fds %2 and %3, both ways.</source>
        <translation>进程 %1 创建了一对相连的套接字：fd %2 和 %3，双向通信。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="209"/>
        <source>Process %1 forked process %2: the child starts with a copy of every fd the parent has, each referring to the same pipe end.</source>
        <translation>进程 %1 fork 出进程 %2：子进程一开始拥有父进程每个 fd 的副本，每个副本都指向同一个管道端。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="214"/>
        <source>Process %1 started process %2 with vfork: the child gets a copy of the fds and shares the parent&apos;s memory; the parent waits until the child execs or exits.</source>
        <translation>进程 %1 用 vfork 启动了进程 %2：子进程得到 fd 的副本，并与父进程共享内存；父进程一直等到子进程 exec 或退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="221"/>
        <source>Process %1 started a thread (%2).</source>
        <translation>进程 %1 启动了一个线程（%2）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="223"/>
        <source>Process %1 started process %2 the way posix_spawn does (clone with CLONE_VM|CLONE_VFORK): the child gets a copy of the fds; the parent waits until it execs or exits.</source>
        <translation>进程 %1 以 posix_spawn 的方式（带 CLONE_VM|CLONE_VFORK 的 clone）启动了进程 %2：子进程得到 fd 的副本；父进程一直等到它 exec 或退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="228"/>
        <source>Process %1 started process %2 with clone, sharing its fd table (CLONE_FILES): an fd opened or closed by either is opened or closed for both.</source>
        <translation>进程 %1 用 clone 启动了进程 %2，并共享 fd 表（CLONE_FILES）：任何一方打开或关闭的 fd，对双方都同样打开或关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="233"/>
        <source>Process %1 started process %2 with clone: the child gets a copy of the fds.</source>
        <translation>进程 %1 用 clone 启动了进程 %2：子进程得到 fd 的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="236"/>
        <source>Process %1 now runs %2. The fds marked close-on-exec were closed; every other fd stays open, with the same number.</source>
        <translation>进程 %1 现在运行 %2。标记为执行时关闭（close-on-exec）的 fd 已被关闭；其他每个 fd 都保持打开，编号不变。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="241"/>
        <source>Process %1 learned that process %2 ended, stopped or continued.</source>
        <translation>进程 %1 得知进程 %2 已结束、被停止或已继续运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="242"/>
        <source>Process %1 collected the exit status of process %2.</source>
        <translation>进程 %1 取得了进程 %2 的退出状态。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="243"/>
        <source>Process %1 asked for a child&apos;s exit status; none had ended yet.</source>
        <translation>进程 %1 查询子进程的退出状态；还没有子进程结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="245"/>
        <source>Process %1 waited for a child with waitid.</source>
        <translation>进程 %1 用 waitid 等待子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="248"/>
        <source>Process %1 sent %2 to %3.</source>
        <translation>进程 %1 向 %3 发送了 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="254"/>
        <source>Process %1 read from fd %2 and got 0: end of file, since no process holds the pipe&apos;s write end any more.</source>
        <translation>进程 %1 从 fd %2 读取，得到 0：文件结束（EOF），因为已没有任何进程持有该管道的写端。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="257"/>
        <source>Process %1 read %n byte(s) from fd %2.</source>
        <translation>
            <numerusform>进程 %1 从 fd %2 读取了 %n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="261"/>
        <source>Process %1 wrote %n byte(s) to fd %2.</source>
        <translation>
            <numerusform>进程 %1 向 fd %2 写入了 %n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/text/recordingtext.cpp" line="264"/>
        <source>Process %1 moved %n byte(s) from fd %2 to fd %3 inside the kernel.</source>
        <translation>
            <numerusform>进程 %1 在内核中把 %n 字节从 fd %2 移到了 fd %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="271"/>
        <source>Process %1 got SIGPIPE: it wrote to a pipe that no process can read any more. Unless it ignores or handles the signal, SIGPIPE ends it.</source>
        <translation>进程 %1 收到 SIGPIPE：它向一个已没有任何进程能读取的管道写入。除非它忽略或处理这个信号，SIGPIPE 会结束它。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="274"/>
        <source>Process %1 got %2.</source>
        <translation>进程 %1 收到 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="276"/>
        <source>Process %1 ended (%2). The kernel closed every fd it still held.</source>
        <translation>进程 %1 结束了（%2）。内核关闭了它仍持有的每个 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="288"/>
        <source>fd %1: %2 of pipe %3</source>
        <translation>fd %1：管道 %3 的%2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="293"/>
        <source>Process %1 (%2)</source>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/recordingtext.cpp" line="296"/>
        <source>no pipe ends</source>
        <translation>没有管道端</translation>
    </message>
</context>
<context>
    <name>ScenarioIo</name>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="109"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="113"/>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="118"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it is far too large.</source>
        <translation>“%1”不是 PipeScope 场景：文件太大。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="145"/>
        <source>Cannot save &apos;%1&apos;: %2.</source>
        <translation>无法保存“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="156"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it is not valid JSON.</source>
        <translation>“%1”不是 PipeScope 场景：它不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="158"/>
        <source>&apos;%1&apos; is not a PipeScope scenario: it has no &quot;format&quot;: &quot;pipescope-scenario&quot;.</source>
        <translation>“%1”不是 PipeScope 场景：其中没有 &quot;format&quot;: &quot;pipescope-scenario&quot;。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="160"/>
        <source>&apos;%1&apos; is a scenario of another format version: this PipeScope reads version %2.</source>
        <translation>“%1”是另一种格式版本的场景：此 PipeScope 只能读取版本 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="164"/>
        <source>&apos;%1&apos; is incomplete: %2 is missing.</source>
        <translation>“%1”不完整：缺少 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="166"/>
        <source>&apos;%1&apos; is malformed: %2 has the wrong type.</source>
        <translation>“%1”格式错误：%2 的类型不对。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="168"/>
        <source>&apos;%1&apos; is malformed: the value of %2 is not allowed.</source>
        <translation>“%1”格式错误：%2 的值不被允许。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="170"/>
        <source>&apos;%1&apos; is malformed: it stands at step %2, but its plan has steps %3 to %4 only.</source>
        <translation>“%1”格式错误：它停在第 %2 步，但它的计划只有第 %3 到第 %4 步。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="176"/>
        <source>&apos;%1&apos; is malformed: %2 is not a redirect for that stream (none, pipe, devnull, fd:N, file:PATH, or stdout for stderr).</source>
        <translation>“%1”格式错误：%2 不是该流可用的重定向（none、pipe、devnull、fd:N、file:PATH，或仅用于 stderr 的 stdout）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="180"/>
        <source>&apos;%1&apos; is malformed: %2 is not a field of a scenario.</source>
        <translation>“%1”格式错误：%2 不是场景的字段。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/scenarioio.cpp" line="182"/>
        <source>&apos;%1&apos; is not a PipeScope scenario.</source>
        <translation>“%1”不是 PipeScope 场景。</translation>
    </message>
</context>
<context>
    <name>SourceLocator</name>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="292"/>
        <source>This call is made in the child by _posixsubprocess.fork_exec, which is written in C: the Python source only hands it the fds highlighted here.</source>
        <translation>这个调用由 _posixsubprocess.fork_exec 在子进程中完成，它是用 C 写的：Python 源码只是把这里高亮的 fd 交给它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="295"/>
        <source>No line of subprocess.py: in Python the caller opens the file and keeps it; PipeScope opened it on the caller&apos;s behalf, so it closes it here.</source>
        <translation>subprocess.py 中没有对应的行：在 Python 中由调用者打开并持有该文件；PipeScope 代替调用者打开了它，所以在这里关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcelocator.cpp" line="298"/>
        <source>Popen(pipesize=…) is only used on Python 3.10 and later.</source>
        <translation>Popen(pipesize=…) 只在 Python 3.10 及以后的版本中使用。</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="103"/>
        <source>subprocess.py, read-only. The highlighted lines carry out the current step.</source>
        <translation>subprocess.py（只读）。高亮的行执行当前步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="104"/>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="257"/>
        <source>Looking for python3&apos;s subprocess.py …</source>
        <translation>正在查找 python3 的 subprocess.py …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="105"/>
        <source>subprocess.py</source>
        <translation>subprocess.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="208"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) with os.posix_spawn(), not by the path the steps show: no errpipe, no dup-away and no _close_open_fds; the C library does the closes and dup2s in the child it makes. The steps show _posixsubprocess.fork_exec, which CPython uses whenever posix_spawn does not apply, because each of its calls can be watched.</source>
        <translation>这个 python3（%1）会用 os.posix_spawn() 启动这样的子进程（close_fds=True、程序路径带目录、没有 preexec_fn），而不是走步骤所示的路径：没有 errpipe，没有把端移开的 dup，也没有 _close_open_fds；关闭和 dup2 由 C 库在它创建的子进程中完成。步骤展示的是 _posixsubprocess.fork_exec，凡是 posix_spawn 不适用时 CPython 都用它，而且它的每个调用都可以观察。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="216"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) by the path the steps show, _posixsubprocess.fork_exec, with vfork() in place of fork().</source>
        <translation>这个 python3（%1）会按步骤所示的路径 _posixsubprocess.fork_exec 启动这样的子进程（close_fds=True、程序路径带目录、没有 preexec_fn），只是用 vfork() 代替 fork()。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="222"/>
        <source>This python3 (%1) would start a child like this one (close_fds=True, a program path with a directory, no preexec_fn) by the path the steps show: _posixsubprocess.fork_exec with fork().</source>
        <translation>这个 python3（%1）会按步骤所示的路径启动这样的子进程（close_fds=True、程序路径带目录、没有 preexec_fn）：_posixsubprocess.fork_exec 加 fork()。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="259"/>
        <source>No python3 found: this is an annotated excerpt written for PipeScope, not CPython&apos;s subprocess.py. It follows the same structure, so the same lines light up.</source>
        <translation>没有找到 python3：这是为 PipeScope 编写的带注释摘录，不是 CPython 的 subprocess.py。它的结构与原文相同，因此会高亮相同的行。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="264"/>
        <source>subprocess.py of python3 %1: %2</source>
        <translation>python3 %1 的 subprocess.py：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="323"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="324"/>
        <source>lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="325"/>
        <source>Current step (%1): %2.</source>
        <translation>当前步骤（%1）：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="326"/>
        <source>Current step (%1): %2. %3</source>
        <translation>当前步骤（%1）：%2。%3</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/sourcepanel.cpp" line="328"/>
        <source>Current step (%1): no line of its own in this subprocess.py.</source>
        <translation>当前步骤（%1）：在这个 subprocess.py 中没有对应的行。</translation>
    </message>
</context>
<context>
    <name>SteppingPage</name>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="116"/>
        <source>Nothing read yet: press Run.</source>
        <translation>还没有读到任何内容：请按“运行”。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="118"/>
        <source>%1 is None: the child writes to PipeScope&apos;s own %1 (the terminal or log it was started from), not into a pipe. proc.%1 is None, so proc.%1.readline() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;.</source>
        <translation>%1 为 None：子进程写到 PipeScope 自己的 %1（也就是启动 PipeScope 的终端或日志），而不是写进管道。proc.%1 为 None，所以调用 proc.%1.readline() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;readline&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="123"/>
        <source>%1=DEVNULL: whatever the child writes is thrown away.</source>
        <translation>%1=DEVNULL：子进程写入的任何内容都会被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="125"/>
        <source>%1 goes to PipeScope&apos;s fd %2, not into a pipe the parent reads.</source>
        <translation>%1 去往 PipeScope 的 fd %2，而不是父进程读取的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="127"/>
        <source>%1 goes to the file &apos;%2&apos;.</source>
        <translation>%1 写入文件“%2”。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="129"/>
        <source>stderr=STDOUT: the child&apos;s error output is mixed into its stdout.</source>
        <translation>stderr=STDOUT：子进程的错误输出混入它的标准输出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="551"/>
        <source>The parent and the child as they really are after the current step: every fd with its real number, wired to the pipe, terminal, file or /dev/null it refers to.</source>
        <translation>当前步骤之后父进程和子进程的真实状态：每个 fd 都标有真实编号，并连到它所指向的管道、终端、文件或 /dev/null。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="553"/>
        <source>Built-in scenarios: the seed&apos;s demo and the classic variations around it.</source>
        <translation>内置场景：笔记中的演示，以及围绕它的几个经典变体。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="565"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="566"/>
        <source>S&amp;cenario:</source>
        <translation>场景(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="568"/>
        <source>F5: do the steps that are left, then hand the child over: the parent writes the input to its stdin, closes it and reads its output, as Popen.communicate() does.</source>
        <translation>F5：执行剩下的步骤，然后接管子进程：父进程把输入写入它的标准输入、关闭标准输入，再读取它的输出，就像 Popen.communicate() 那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="570"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="571"/>
        <source>Kill the running child. It is reaped, never left behind as a zombie.</source>
        <translation>杀死正在运行的子进程。它会被回收，绝不会留下僵尸进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="572"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="573"/>
        <source>→: make the next call of the plan for real, then read both fd tables from /proc.</source>
        <translation>→：真实地执行计划中的下一个调用，然后从 /proc 读取两个进程的 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="574"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="576"/>
        <source>←: go back one step. The setup is re-run for real from the start up to the step before, with a new child: what you see is never a rewound picture.</source>
        <translation>←：后退一步。从头真实地重新执行，直到上一步为止，并创建一个新的子进程：你看到的绝不是倒放的画面。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="578"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="580"/>
        <source>R: back to before the first step. A stopped child is killed and reaped; every fd is closed.</source>
        <translation>R：回到第一步之前。已暂停的子进程被杀死并回收；所有 fd 都被关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="581"/>
        <source>Space: step on by itself at the chosen speed; Space again pauses.</source>
        <translation>空格：按所选速度自动单步执行；再按一次空格暂停。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="582"/>
        <source>Speed of the animations and of Play: left is slower, right is faster.</source>
        <translation>动画和自动播放的速度：向左更慢，向右更快。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="583"/>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="584"/>
        <source>&amp;Animations</source>
        <translation>动画(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="585"/>
        <source>Animate each step in the diagram. Off: every change shows at once.</source>
        <translation>在示意图中以动画展示每一步。关闭时，所有变化立即显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="586"/>
        <source>Lens:</source>
        <translation>视角：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="587"/>
        <source>POSIX (runs here)</source>
        <translation>POSIX（在本机运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="588"/>
        <source>The plan in POSIX terms: exactly what PipeScope executes on this machine.</source>
        <translation>用 POSIX 术语表示的计划：正是 PipeScope 在本机上执行的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="589"/>
        <source>Windows (a model)</source>
        <translation>Windows（模型）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="593"/>
        <source>&amp;Leave Replay</source>
        <translation>退出回放(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="594"/>
        <source>Back to the live session: the configuration and step it had before the replay.</source>
        <translation>返回实时会话：恢复回放之前的配置和步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="597"/>
        <source>The parent&apos;s real fd table after the current step, read from /proc: fds 0-2 and those this session opened.</source>
        <translation>当前步骤之后父进程的真实 fd 表，从 /proc 读取：fd 0-2 以及本次会话打开的 fd。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="600"/>
        <source>The child&apos;s real fd table after the current step, read from /proc/PID/fd while it waits, stopped, for the next step.</source>
        <translation>当前步骤之后子进程的真实 fd 表：子进程暂停等待下一步时，从 /proc/PID/fd 读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="602"/>
        <source>What the parent read from the child&apos;s stdout (c2pread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>父进程从子进程的标准输出（c2pread）读到的内容。不是 UTF-8 的字节显示为 \xNN。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="604"/>
        <source>What the parent read from the child&apos;s stderr (errread). Bytes that are not UTF-8 are shown as \xNN.</source>
        <translation>父进程从子进程的标准错误（errread）读到的内容。不是 UTF-8 的字节显示为 \xNN。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="610"/>
        <source>Parent&apos;s fds</source>
        <translation>父进程的 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="649"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="649"/>
        <source>What the parent read from the child&apos;s pipes, and how the child ended.</source>
        <translation>父进程从子进程的管道中读到的内容，以及子进程如何结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="650"/>
        <source>subprocess.py</source>
        <translation>subprocess.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="651"/>
        <source>The real subprocess.py of this machine&apos;s python3, with the lines of the current step highlighted.</source>
        <translation>本机 python3 真实的 subprocess.py，当前步骤对应的行会高亮显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="652"/>
        <source>Equivalent Python</source>
        <translation>等价的 Python</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="653"/>
        <source>The same configuration as a Python program in the shape of the seed&apos;s parent.py, runnable with the real python3.</source>
        <translation>把同一配置写成笔记中 parent.py 形式的 Python 程序，可以用真实的 python3 运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="606"/>
        <source>Everything done so far, in order, with the real fd numbers and pids.</source>
        <translation>到目前为止执行的所有操作，按顺序列出，附真实的 fd 编号和 pid。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="608"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="655"/>
        <source>Trace log</source>
        <translation>跟踪日志</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="655"/>
        <source>Every event of the steps and the run, in order.</source>
        <translation>单步执行和运行中的每个事件，按顺序列出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="656"/>
        <source>L&amp;ive</source>
        <translation>实时(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="657"/>
        <source>Ctrl+L: run a scenario for real and watch its bytes: a console, the byte flow, how full each pipe is, who is blocked. The diagram shows the same pipes live.</source>
        <translation>Ctrl+L：真实运行一个场景并观察它的字节：控制台、字节流、每个管道有多满、谁被阻塞。示意图实时显示同样的管道。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1021"/>
        <source>Live: the child runs %1</source>
        <translation>实时：子进程运行 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1007"/>
        <source>Live run of %1 (pid %2): the bytes move in the diagram and in the Live tab.</source>
        <translation>正在实时运行 %1（pid %2）：字节在示意图和“实时”标签页中流动。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1027"/>
        <source>killed by Cancel (SIGKILL), reaped</source>
        <translation>被“取消”杀死（SIGKILL），已回收</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1029"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）杀死</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1030"/>
        <source>exited with status %1</source>
        <translation>已退出，状态码为 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1016"/>
        <source>Live run over: the child %1.</source>
        <translation>实时运行结束：子进程%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="661"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="661"/>
        <source>The plan&apos;s calls, one per step, with what the current one does.</source>
        <translation>计划中的调用，每步一个，并说明当前这一步做什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="662"/>
        <source>Streams</source>
        <translation>标准流</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="663"/>
        <source>What the child&apos;s stdin, stdout and stderr get, the command and the input.</source>
        <translation>子进程的 stdin、stdout 和 stderr 各接到哪里，以及命令和输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="664"/>
        <source>fd tables</source>
        <translation>fd 表</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="664"/>
        <source>The parent&apos;s and the child&apos;s real fd tables, read from /proc.</source>
        <translation>父进程和子进程真实的 fd 表，读自 /proc。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1205"/>
        <source>Replay of %1: %2 — recorded, nothing runs. Step and Back move through the %n recorded step(s).</source>
        <translation>
            <numerusform>回放 %1：%2 —— 这是录制的内容，不会运行任何东西。“单步”和“后退”在 %n 个已录制的步骤之间移动。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1233"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1262"/>
        <source>Parent&apos;s fds (pid %1)</source>
        <translation>父进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1237"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1244"/>
        <source>Child&apos;s fds after exec (pid %1)</source>
        <translation>exec 之后子进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1238"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1268"/>
        <source>Child&apos;s fds (pid %1, gone)</source>
        <translation>子进程的 fd（pid %1，已结束）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1247"/>
        <source>Read from /proc/%1/fd when the parent took the child over, before it wrote any input.</source>
        <translation>在父进程接管子进程时、写入任何输入之前，从 /proc/%1/fd 读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1251"/>
        <source>The child&apos;s fd table could not be read: it had already exited.</source>
        <translation>无法读取子进程的 fd 表：它已经退出了。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1262"/>
        <source>Parent&apos;s fds (recorded)</source>
        <translation>父进程的 fd（录制）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1264"/>
        <source>Child&apos;s fds (pid %1), %n hidden</source>
        <translation>
            <numerusform>子进程的 fd（pid %1），%n 个未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1266"/>
        <source>Child&apos;s fds (pid %1)</source>
        <translation>子进程的 fd（pid %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="612"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1270"/>
        <source>Child&apos;s fds</source>
        <translation>子进程的 fd</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="590"/>
        <source>The same plan in Win32 terms: CreatePipe, DuplicateHandle, STARTUPINFO, CreateProcess, as a model over the POSIX run; Run on Windows (Wine) makes the calls for real.</source>
        <translation>用 Win32 的名称表示的同一个计划：CreatePipe、DuplicateHandle、STARTUPINFO、CreateProcess，作为叠加在 POSIX 运行之上的模型；“在 Windows 上运行（Wine）”会真正执行这些调用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1224"/>
        <source>Windows lens: %n step(s) in the Win32 model. Step and Run execute the POSIX plan and the model highlights the corresponding call; Run on Windows (Wine) makes the Win32 calls for real.</source>
        <translation>
            <numerusform>Windows 视角：Win32 模型中有 %n 个步骤。单步和运行执行的是 POSIX 计划，模型高亮对应的调用；“在 Windows 上运行（Wine）”会真正执行这些 Win32 调用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1272"/>
        <source>The child has ended: there is no table to read.</source>
        <translation>子进程已经结束：没有可读取的 fd 表。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1273"/>
        <source>No child yet: fork() creates it.</source>
        <translation>还没有子进程：由 fork() 创建。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1295"/>
        <source>Exit status: the child never ran the program</source>
        <translation>退出状态：子进程没能运行该程序</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1297"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1299"/>
        <source>Exit status: %1</source>
        <translation>退出状态：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1301"/>
        <source>Exit status: not run yet</source>
        <translation>退出状态：尚未运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1317"/>
        <source>Replay: before the first step.</source>
        <translation>回放：第一步之前。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1320"/>
        <source>Replay: step %1 of %2: %3.</source>
        <translation>回放：第 %1/%2 步：%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1322"/>
        <source>The recorded child: %1.</source>
        <translation>录制下来的子进程：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1332"/>
        <source>Ready: nothing has run yet. Step (→) makes the plan&apos;s calls one at a time, for real; Run (F5) makes them all and then talks to the child.</source>
        <translation>就绪：还什么都没有执行。“单步”（→）一次真实地执行计划中的一个调用；“运行”（F5）执行全部调用，然后与子进程通信。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1337"/>
        <source>All %1 steps done: the child runs the program. Run (F5) hands it over: the parent writes the input and reads the output, as communicate() does.</source>
        <translation>全部 %1 步已完成：子进程正在运行该程序。“运行”（F5）接管它：父进程写入输入并读取输出，就像 communicate() 那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1346"/>
        <source>Step %1 of %2 done: %3.</source>
        <translation>已完成第 %1/%2 步：%3。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1395"/>
        <source>Step %1 waits: open(%2) blocks until another process opens the FIFO&apos;s other end. Reset or Stop cancels it.</source>
        <translation>第 %1 步在等待：open(%2) 会一直阻塞，直到另一个进程打开这个 FIFO 的另一端。按“重置”或“停止”可取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1399"/>
        <source>Waiting: open(%1) blocks until another process opens the FIFO&apos;s other end. Reset or Stop cancels it.</source>
        <translation>正在等待：open(%1) 会一直阻塞，直到另一个进程打开这个 FIFO 的另一端。按“重置”或“停止”可取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1423"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1431"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1424"/>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1440"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1431"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1440"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1448"/>
        <source>Running %1 …</source>
        <translation>正在运行 %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1465"/>
        <source>stdout (read from c2pread)</source>
        <translation>标准输出（从 c2pread 读取）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1466"/>
        <source>stderr (read from errread)</source>
        <translation>标准错误（从 errread 读取）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1474"/>
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1：%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1476"/>
        <source>(only the first %n byte(s) shown)</source>
        <translation>
            <numerusform>（只显示前 %n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1501"/>
        <source>the child %1; the parent read %n byte(s) from its stdout.</source>
        <translation>
            <numerusform>子进程%1；父进程从它的标准输出读到 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1520"/>
        <source>Child pid %1: %2.</source>
        <translation>子进程 pid %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/steppingpage.cpp" line="1523"/>
        <source>Its stdin was closed (the child closed fd 0 or exited) before all input was written: the parent&apos;s write() got a broken pipe (EPIPE).</source>
        <translation>在全部输入写完之前，它的 stdin 已被关闭（子进程关闭了 fd 0 或已经退出）：父进程的 write() 得到管道断开（EPIPE）。</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="99"/>
        <source>MODEL — Step and Run execute the POSIX plan; highlighted: the Win32 call that matches the POSIX step just done. Run on Windows (Wine) makes these calls for real.</source>
        <translation>模型 — 单步和运行执行的是 POSIX 计划；高亮的是与刚完成的 POSIX 步骤对应的 Win32 调用。“在 Windows 上运行（Wine）”会真正执行这些调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="101"/>
        <source>Run on Windows (Wine)…</source>
        <translation>在 Windows 上运行（Wine）…</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="102"/>
        <source>Run this configuration as Popen&apos;s Windows branch under Wine: every Win32 call with its real HANDLE values, and both processes&apos; real handle tables after each.</source>
        <translation>在 Wine 下按 Popen 的 Windows 分支运行这个配置：每个 Win32 调用及其真实的 HANDLE 值，以及每次调用之后两个进程真实的句柄表。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="104"/>
        <source>Run on Windows (Wine)</source>
        <translation>在 Windows 上运行（Wine）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="106"/>
        <source>Popen&apos;s handle setup, one call per row, in the order it runs. The step just done is bold; select any step to read about it.</source>
        <translation>Popen 设置句柄的过程，每行一个调用，按执行顺序排列。刚完成的步骤以粗体显示；选中任一步骤可查看说明。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="108"/>
        <source>The selected step: what the call does and why Popen makes it there.</source>
        <translation>选中的步骤：这个调用做了什么，以及 Popen 为什么在这里调用它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="109"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="111"/>
        <source>Step explanation</source>
        <translation>步骤说明</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/stepspanel.cpp" line="132"/>
        <source>Steps on Windows (a model, %n call(s))</source>
        <translation>
            <numerusform>Windows 上的步骤（模型，共 %n 个调用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/stepspanel.cpp" line="134"/>
        <source>Steps: none done yet, %n planned</source>
        <translation>
            <numerusform>步骤：尚未执行，共计划 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="136"/>
        <source>Steps: %1 of %2 done</source>
        <translation>步骤：已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="178"/>
        <source>open() waits for a writer: %1 is a FIFO, and opening a FIFO for reading blocks until another process opens it for writing.</source>
        <translation>open() 在等待写入方：%1 是一个 FIFO，以读方式打开 FIFO 会一直阻塞，直到另一个进程以写方式打开它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="181"/>
        <source>open() waits for a reader: %1 is a FIFO, and opening a FIFO for writing blocks until another process opens it for reading.</source>
        <translation>open() 在等待读取方：%1 是一个 FIFO，以写方式打开 FIFO 会一直阻塞，直到另一个进程以读方式打开它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="187"/>
        <source>In the kernel, PipeScope&apos;s thread sleeps in %1 (read from its /proc/self/task/&lt;tid&gt;/wchan).</source>
        <translation>在内核中，PipeScope 的线程睡眠在 %1 里（读自它的 /proc/self/task/&lt;tid&gt;/wchan）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="194"/>
        <source>Open the other end (e.g. %1 in a terminal) and the open() returns; Reset or Stop cancels it.</source>
        <translation>打开另一端（例如在终端里运行 %1），open() 就会返回；按“重置”或“停止”可取消它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="207"/>
        <source>The POSIX step just done has no Win32 counterpart in _get_handles: Windows needs no error pipe, no fork and no close-on-exec.</source>
        <translation>刚完成的 POSIX 步骤在 _get_handles 中没有对应的 Win32 调用：Windows 不需要错误管道、fork 和执行时关闭（close-on-exec）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="213"/>
        <source>Select a step to read what it does and why.</source>
        <translation>选中一个步骤，查看它做了什么以及原因。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="223"/>
        <source>Step %1 of %2 — waiting now</source>
        <translation>第 %1 步（共 %2 步）— 正在等待</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="225"/>
        <source>Win32 counterpart of the step just done (%1 of %2)</source>
        <translation>与刚完成的步骤对应的 Win32 调用（第 %1/%2 个）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="226"/>
        <source>Step %1 of %2 — just done</source>
        <translation>第 %1/%2 步 —— 刚刚完成</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="228"/>
        <source>Next: step 1 of %1 — press Step (→) to make this call for real</source>
        <translation>下一步：第 1/%1 步 —— 按“单步”（→）真实地执行这个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="230"/>
        <source>Next: step %1 of %2</source>
        <translation>下一步：第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="232"/>
        <source>Step %1 of %2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/stepspanel.cpp" line="242"/>
        <source>Really: %1</source>
        <translation>实际：%1</translation>
    </message>
</context>
<context>
    <name>StreamEditor</name>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="103"/>
        <source>What the child&apos;s %1 (fd %2) gets: the value of Popen&apos;s %1= argument.</source>
        <translation>子进程的 %1（fd %2）得到什么：即 Popen 的 %1= 参数的值。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="113"/>
        <source>None: the child inherits the parent&apos;s own %1. On POSIX no new fd is made; on Windows, unless all three streams are None, GetStdHandle and DuplicateHandle make an inheritable copy of it.</source>
        <translation>None：子进程继承父进程自己的 %1。在 POSIX 上不会产生新的 fd；在 Windows 上，除非三个流都为 None，GetStdHandle 和 DuplicateHandle 会为它制作一个可继承的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="116"/>
        <source>PIPE: a new anonymous pipe; the parent keeps the other end as proc.%1.</source>
        <translation>PIPE：新建一个匿名管道；父进程保留另一端作为 proc.%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="117"/>
        <source>DEVNULL: /dev/null, which reads as empty and discards writes.</source>
        <translation>DEVNULL：/dev/null，读取时为空，写入的内容被丢弃。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="118"/>
        <source>An fd number the parent already has open, passed on as it is.</source>
        <translation>父进程中已打开的某个 fd 编号，原样传给子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="122"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="120"/>
        <source>A file the child reads as its stdin.</source>
        <translation>子进程把一个文件当作它的标准输入来读取。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="121"/>
        <source>A file the child&apos;s output goes to.</source>
        <translation>子进程的输出写入一个文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="123"/>
        <source>STDOUT: stderr goes wherever stdout goes.</source>
        <translation>STDOUT：标准错误去往标准输出所去的地方。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="125"/>
        <source>The fd number to pass as %1. It must be open in PipeScope when you run.</source>
        <translation>作为 %1 传递的 fd 编号。运行时它必须在 PipeScope 中处于打开状态。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="126"/>
        <source>fd number:</source>
        <translation>fd 编号：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="127"/>
        <source>path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="128"/>
        <source>Path of the %1 file</source>
        <translation>%1 文件的路径</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="129"/>
        <source>The file the child reads as stdin.</source>
        <translation>子进程作为标准输入读取的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="130"/>
        <source>The file the child&apos;s %1 is written to.</source>
        <translation>子进程的 %1 写入的文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="131"/>
        <source>Choose the file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="132"/>
        <source>append</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="133"/>
        <source>Open the file with O_APPEND instead of truncating it.</source>
        <translation>用 O_APPEND 打开文件，而不是将其截断。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streameditor.cpp" line="188"/>
        <source>File for %1</source>
        <translation>%1 使用的文件</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="38"/>
        <source>The seed&apos;s child.py: prints &quot;child process start&quot;, then &quot;&gt;&gt;&gt;get std in LINE&quot; for every line it reads from stdin, until end-of-file.</source>
        <translation>笔记中的 child.py：先打印“child process start”，然后对从标准输入读到的每一行打印“&gt;&gt;&gt;get std in 该行”，直到文件结束（EOF）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="42"/>
        <source>Writes BYTES bytes to stdout as fast as it can (e.g. 64K or 10M): more than a pipe holds.</source>
        <translation>尽可能快地向标准输出写入 BYTES 字节（例如 64K 或 10M）：超过一个管道能容纳的量。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="44"/>
        <source>Prints its own open fds as one line of JSON.</source>
        <translation>把自己打开的 fd 打印为一行 JSON。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="45"/>
        <source>Writes a line to stderr and &quot;ok&quot; to stdout.</source>
        <translation>向标准错误写一行，向标准输出写“ok”。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="46"/>
        <source>Sleeps SECONDS, then exits with status 0.</source>
        <translation>休眠 SECONDS 秒，然后以状态码 0 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="47"/>
        <source>Exits at once with status N.</source>
        <translation>立即以状态码 N 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="48"/>
        <source>Copies stdin to stdout byte for byte.</source>
        <translation>把标准输入逐字节复制到标准输出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="49"/>
        <source>Closes its stdout at once, then sleeps SECONDS.</source>
        <translation>立即关闭自己的标准输出，然后休眠 SECONDS 秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="51"/>
        <source>Reads at most BYTES from stdin, then exits without reading the rest: the parent may get a broken pipe.</source>
        <translation>从标准输入最多读取 BYTES 字节，然后不读剩下的就退出：父进程可能遇到管道断开。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="55"/>
        <source>Prints --lines=N lines (4) with C stdio, odd ones to stdout and even ones to stderr; --buffering=none makes stdout unbuffered. With stderr=STDOUT the order they arrive in shows the buffering.</source>
        <translation>用 C 标准 I/O 打印 --lines=N 行（默认 4 行），奇数行写到 stdout，偶数行写到 stderr；--buffering=none 让 stdout 不缓冲。配合 stderr=STDOUT，到达的顺序就显示出缓冲的作用。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="228"/>
        <source>Streams</source>
        <translation>标准流</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="230"/>
        <source>Popen(stdin=…, stdout=…, stderr=…): what each of the child&apos;s standard streams gets.</source>
        <translation>Popen(stdin=…, stdout=…, stderr=…)：子进程的每个标准流分别得到什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="231"/>
        <source>= PIPE:</source>
        <translation>= PIPE：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="233"/>
        <source>Shortcut for %1=PIPE. Unticking it sets %1 back to None (inherit the parent&apos;s).</source>
        <translation>%1=PIPE 的快捷方式。取消勾选会把 %1 恢复为 None（继承父进程的）。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="236"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="237"/>
        <source>The child to run: a mode of the demo child pipescope-child, or any other program.</source>
        <translation>要运行的子进程：演示子进程 pipescope-child 的某个模式，或任何其他程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="240"/>
        <source>Other program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="241"/>
        <source>Any program with its arguments, typed below.</source>
        <translation>任意程序及其参数，在下面输入。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="246"/>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="249"/>
        <source>Arguments for the chosen mode, e.g. 64K for flood or 2 for sleep.</source>
        <translation>所选模式的参数，例如 flood 的 64K 或 sleep 的 2。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="247"/>
        <source>&amp;Arguments:</source>
        <translation>参数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="250"/>
        <source>e.g. python3 child.py</source>
        <translation>例如 python3 child.py</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="251"/>
        <source>Any program and its arguments, split into words as a shell would (quotes group words). Used when Program is &quot;Other program&quot;.</source>
        <translation>任意程序及其参数，像 shell 一样拆分成单词（引号内的内容算一个单词）。当“程序”选择“其他程序”时使用。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="248"/>
        <source>&amp;Other program:</source>
        <translation>其他程序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="255"/>
        <source>Input written to stdin</source>
        <translation>写入标准输入的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="267"/>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="399"/>
        <source>What the parent writes to proc.stdin before closing it, as the seed&apos;s parent.py does with child_p.stdin.write().</source>
        <translation>父进程在关闭 proc.stdin 之前写入其中的内容，就像笔记中的 parent.py 用 child_p.stdin.write() 所做的那样。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="256"/>
        <source>Send line ends as \r\n, like parent.py</source>
        <translation>行尾发送 \r\n，与 parent.py 相同</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="257"/>
        <source>The seed writes f&quot;write data:{_}\r\n&quot;: each line ends with a carriage return and a newline. Untick to send \n only.</source>
        <translation>笔记中写入的是 f&quot;write data:{_}\r\n&quot;：每行以回车符和换行符结尾。取消勾选则只发送 \n。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="259"/>
        <source>stdin is not PIPE: the parent holds no write end, so proc.stdin is None and proc.stdin.write() would raise AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;.</source>
        <translation>stdin 不是 PIPE：父进程没有持有写端，所以 proc.stdin 为 None，调用 proc.stdin.write() 会引发 AttributeError: &apos;NoneType&apos; object has no attribute &apos;write&apos;。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="262"/>
        <source>&amp;Type the input instead</source>
        <translation>改为手动输入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="263"/>
        <source>Replace the generated input by text you type, starting with the seed&apos;s ten lines.</source>
        <translation>用你输入的文本替换生成的输入，先从笔记中的十行开始。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="329"/>
        <source>Nothing to run yet.</source>
        <translation>还没有可运行的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="329"/>
        <source>Runs: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="330"/>
        <source>The argv the child is started with.</source>
        <translation>启动子进程时使用的 argv。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="434"/>
        <source>… %1 bytes in %2 lines, all written to stdin (made by PipeScope, not typed)</source>
        <translation>… 共 %1 字节、%2 行，全部写入标准输入（由 PipeScope 生成，不是手动输入的）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/streamspanel.cpp" line="442"/>
        <source>Generated input: numbered lines of 64 bytes each, %1 bytes in all. Only the first lines are shown here; every byte is written to the child&apos;s stdin.</source>
        <translation>生成的输入：每行 64 字节的编号行，共 %1 字节。这里只显示前几行；每个字节都会写入子进程的标准输入。</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="43"/>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="78"/>
        <source>Who</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="80"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/tracemodel.cpp" line="82"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>WatchPage</name>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="429"/>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="430"/>
        <source>a program and its arguments, e.g. sh -c &quot;ls / | grep u | wc -l&quot;</source>
        <translation>程序及其参数，例如 sh -c &quot;ls / | grep u | wc -l&quot;</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="431"/>
        <source>The program to record and its arguments; double quotes group words. It runs for real, unchanged, with /dev/null as its stdin.</source>
        <translation>要记录的程序及其参数；双引号把多个词括成一个参数。它真实运行，不作任何修改，stdin 为 /dev/null。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="433"/>
        <source>Rea&amp;dy:</source>
        <translation>现成程序(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="434"/>
        <source>Programs that come ready, each showing something only a real recording can; the command line shows what runs, and can be changed before Record.</source>
        <translation>现成的程序，每个都展示只有真实记录才能看到的东西；命令行显示实际运行的内容，记录前可以修改。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="437"/>
        <source>The note&apos;s parent.py, as written</source>
        <translation>笔记里的 parent.py（原样）</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="438"/>
        <source>The note&apos;s parent.py and child.py exactly as the note writes them: stdin and stdout are None, so parent.py stops with AttributeError at its first write, and child.py runs until the recording stops it.</source>
        <translation>完全按笔记原样写出的 parent.py 和 child.py：stdin 和 stdout 都是 None，所以 parent.py 在第一次写入时因 AttributeError 停止，child.py 则一直运行到记录把它停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="441"/>
        <source>The note&apos;s parent.py with stdin=PIPE</source>
        <translation>笔记里的 parent.py（加上 stdin=PIPE）</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="442"/>
        <source>The same with the commented-out stdin=subprocess.PIPE put back: the ten lines go through the pipe, then child_p.stdout is None and readline raises AttributeError.</source>
        <translation>同一个程序，但恢复被注释掉的 stdin=subprocess.PIPE：十行数据经过管道送出，随后 child_p.stdout 是 None，readline 抛出 AttributeError。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="444"/>
        <source>Pipeline, p1.stdout closed</source>
        <translation>管道线，关闭 p1.stdout</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="445"/>
        <source>yes | head -n 1 with two Popen calls, the parent closing p1.stdout as the subprocess documentation says: once head exits, no read end is left and yes gets SIGPIPE.</source>
        <translation>用两次 Popen 调用实现 yes | head -n 1，父进程按 subprocess 文档所说关闭 p1.stdout：head 一退出，就不再有读端，yes 收到 SIGPIPE。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="447"/>
        <source>Pipeline, p1.stdout kept</source>
        <translation>管道线，保留 p1.stdout</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="448"/>
        <source>The same pipeline without p1.stdout.close(): the parent still holds the read end, so yes never gets SIGPIPE; it fills the pipe and waits in write() until the recording stops it.</source>
        <translation>同样的管道线，但没有 p1.stdout.close()：父进程仍持有读端，所以 yes 永远收不到 SIGPIPE；它把管道写满，然后在 write() 中一直等待，直到记录把它停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="450"/>
        <source>close_fds=False, inheritable end</source>
        <translation>close_fds=False，可继承的端</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="451"/>
        <source>A second child started with close_fds=False inherits the first one&apos;s stdin write end (made inheritable, as fds were before Python 3.4): cat sees end of file only when sleep exits. This is why close_fds defaults to True.</source>
        <translation>用 close_fds=False 启动的第二个子进程继承了第一个子进程 stdin 的写端（这里把它设为可继承，就像 Python 3.4 之前的 fd 那样）：直到 sleep 退出，cat 才看到文件结束。这就是 close_fds 默认为 True 的原因。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="454"/>
        <source>close_fds=False, Python 3.4+</source>
        <translation>close_fds=False，Python 3.4+</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="455"/>
        <source>The same without making the end inheritable: Python&apos;s fds are non-inheritable (PEP 446), the copy sleep gets at its fork closes at its exec, and cat sees end of file at once.</source>
        <translation>同一个程序，但不把该端设为可继承：Python 的 fd 默认不可继承（PEP 446），sleep 在 fork 时得到的副本在它 exec 时就被关闭，cat 立即看到文件结束。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="457"/>
        <source>Popen(/bin/cat), three pipes</source>
        <translation>Popen(/bin/cat)，三个管道</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="458"/>
        <source>One Popen with stdin, stdout and stderr piped, to set beside PipeScope&apos;s plan for the same arguments: Python 3.11 starts cat through _posixsubprocess (vfork, an error pipe), 3.13 through posix_spawn (no error pipe). Pick the interpreter beside.</source>
        <translation>一个 Popen，stdin、stdout 和 stderr 都是管道，可与 PipeScope 对同样参数的计划并排对照：Python 3.11 通过 _posixsubprocess 启动 cat（vfork，一个错误管道），3.13 通过 posix_spawn（没有错误管道）。在旁边选择解释器。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="461"/>
        <source>Shell pipeline: ls | grep | wc</source>
        <translation>shell 管道线：ls | grep | wc</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="462"/>
        <source>sh -c &quot;ls / | grep u | wc -l&quot;: the shell makes two pipes and three children, and closes its own copies of the ends.</source>
        <translation>sh -c &quot;ls / | grep u | wc -l&quot;：shell 创建两个管道和三个子进程，并关闭自己持有的各端副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="470"/>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="471"/>
        <source>The interpreter the ready Python programs run with: each python3 found on PATH and among pyenv&apos;s versions, or another chosen by path. 3.11 starts a child through _posixsubprocess (vfork), 3.13 often through posix_spawn.</source>
        <translation>现成的 Python 程序所用的解释器：PATH 上和 pyenv 各版本中找到的每个 python3，或按路径选择的其他解释器。3.11 通过 _posixsubprocess（vfork）启动子进程，3.13 常常通过 posix_spawn。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="475"/>
        <source>Run &amp;Untraced</source>
        <translation>不记录直接运行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="476"/>
        <source>Runs the program without recording it: its output and exit status, no calls.</source>
        <translation>运行程序但不记录：只有它的输出和退出状态，没有调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="477"/>
        <source>Record bytes</source>
        <translation>记录字节</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="478"/>
        <source>Also record every read and write on a pipe, with the first bytes it moved (slower).</source>
        <translation>同时记录管道上的每次读写，以及它们传送的开头若干字节（较慢）。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="479"/>
        <source>Stop after:</source>
        <translation>停止时间：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="480"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="481"/>
        <source>Every process the recording started is killed after this many seconds.</source>
        <translation>超过这么多秒后，记录启动的每个进程都会被杀死。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="482"/>
        <source>Show calls on files too</source>
        <translation>也显示对文件的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="483"/>
        <source>Also list the dups and closes of fds that are not pipes.</source>
        <translation>也列出对非管道 fd 的复制和关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="484"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="485"/>
        <source>Runs the program under ptrace and records its calls on pipes and processes.</source>
        <translation>在 ptrace 下运行该程序，并记录它对管道和进程的调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="486"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="487"/>
        <source>Kills every process the recording started; what was recorded until then is shown.</source>
        <translation>杀死记录启动的每个进程；显示到那时为止记录到的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="488"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="489"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="490"/>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="491"/>
        <location filename="../app/gui/watch/watchpage.cpp" line="825"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="491"/>
        <location filename="../app/gui/watch/watchpage.cpp" line="825"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="492"/>
        <source>Back to before the first call</source>
        <translation>回到第一个调用之前</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="493"/>
        <source>The previous call</source>
        <translation>上一个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="494"/>
        <source>The next call</source>
        <translation>下一个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="505"/>
        <source>Recorded calls</source>
        <translation>记录到的调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="507"/>
        <source>Every call the recording holds, one per row, in time order; the selected one is drawn in the diagram.</source>
        <translation>录制到的每个调用，每行一个，按时间顺序；选中的那个画在示意图中。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="508"/>
        <source>What the recorded program wrote to its stdout and stderr.</source>
        <translation>被录制的程序写到它的 stdout 和 stderr 的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="509"/>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="510"/>
        <source>Every call recorded, in time order, and what the selected one did.</source>
        <translation>录制到的每个调用，按时间顺序，以及选中的那个做了什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="511"/>
        <source>Beside the plan</source>
        <translation>与计划对照</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="513"/>
        <source>A recognised CPython Popen beside PipeScope&apos;s own plan for the same arguments, with every difference marked.</source>
        <translation>识别出的 CPython Popen 与 PipeScope 对同样参数的计划并排对照，每处差异都有标记。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="515"/>
        <source>What the program wrote</source>
        <translation>程序写出的内容</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="274"/>
        <source>Record a real program, then step through what it did.</source>
        <translation>记录一个真实的程序，然后逐步查看它做了什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="305"/>
        <source>%1 is not a Python 3 interpreter that runs here.</source>
        <translation>%1 不是能在这里运行的 Python 3 解释器。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="341"/>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="345"/>
        <source>python3 (looking for interpreters…)</source>
        <translation>python3（正在查找解释器…）</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="346"/>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="356"/>
        <source>Choose a Python 3 interpreter</source>
        <translation>选择 Python 3 解释器</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="395"/>
        <source>Running %1 without recording it…</source>
        <translation>正在运行 %1，不记录…</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="417"/>
        <source>Ran without recording; stopped: every process it had started was killed.</source>
        <translation>已运行但未记录；已停止：它启动的每个进程都被杀死了。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="418"/>
        <source>Ran without recording: %1. Nothing was recorded, so there are no calls to step through.</source>
        <translation>已运行但未记录：%1。没有记录任何内容，所以没有可以单步查看的调用。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="495"/>
        <source>Steps through the calls, pausing on each as long as the box beside it says</source>
        <translation>逐个走过这些调用，每个调用停留的时长由旁边的框决定</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="496"/>
        <source>P&amp;ause per call:</source>
        <translation>每个调用停留(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="497"/>
        <source>How long Play stays on each call: slower for a class to read and predict the next one</source>
        <translation>播放时在每个调用上停留多久：慢一些，全班就能读懂并预测下一个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="500"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="570"/>
        <source>Cannot write the program&apos;s files to %1.</source>
        <translation>无法把程序的文件写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="600"/>
        <source>Type a program to record.</source>
        <translation>请输入要记录的程序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="614"/>
        <source>Recording %1… (at most %n second(s))</source>
        <translation>
            <numerusform>正在记录 %1…（最多 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="692"/>
        <source>Recorded: %1, %2, %3.</source>
        <translation>已记录：%1、%2、%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="693"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n 个进程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="694"/>
        <source>%n pipe(s)</source>
        <translation>
            <numerusform>%n 个管道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="695"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="697"/>
        <source>The program ended: %1.</source>
        <translation>程序已结束：%1。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="699"/>
        <source>The recording was stopped: every process it had started was killed.</source>
        <translation>记录被停止：它启动的每个进程都已被杀死。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/watch/watchpage.cpp" line="701"/>
        <source>%n Popen call(s) recognised.</source>
        <translation>
            <numerusform>识别出 %n 个 Popen 调用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="713"/>
        <source>Replaying %1.</source>
        <translation>正在回放 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="724"/>
        <source>A recording read from a file has the program&apos;s calls (and, recorded with bytes, the first bytes of each read and write), not all it wrote.</source>
        <translation>从文件读入的记录只包含程序的调用（若记录了字节，还有每次读写开头的若干字节），而不是它写出的全部内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="730"/>
        <source>— stdout —</source>
        <translation>— stdout —</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="732"/>
        <source>— stderr —</source>
        <translation>— stderr —</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="734"/>
        <source>The program wrote nothing to its stdout or stderr.</source>
        <translation>程序没有向它的 stdout 或 stderr 写出任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="751"/>
        <source>(before the first call)</source>
        <translation>（第一个调用之前）</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="800"/>
        <source>Before the first recorded call: %1 starts.</source>
        <translation>第一个记录到的调用之前：%1 启动。</translation>
    </message>
    <message>
        <location filename="../app/gui/watch/watchpage.cpp" line="826"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>WineRunDialog</name>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="200"/>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="499"/>
        <source>Cancelled: Wine and the Windows programs were stopped.</source>
        <translation>已取消：Wine 和 Windows 程序都已停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="260"/>
        <source>%1 has no Windows build here: the Windows run starts pipescope-child.exe echo with the same streams.</source>
        <translation>%1 在这里没有 Windows 版本：Windows 运行改为以同样的流启动 pipescope-child.exe echo。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="269"/>
        <source>%1: the child&apos;s %2, an inheritable copy of %3</source>
        <translation>%1：子进程的 %2，%3 的可继承副本</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="271"/>
        <source>%1: the parent&apos;s end of the %2 pipe</source>
        <translation>%1：%2 管道中父进程的一端</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="273"/>
        <source>read end of the %1 pipe, as CreatePipe made it (not inheritable)</source>
        <translation>%1 管道的读端，即 CreatePipe 创建的原件（不可继承）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="275"/>
        <source>write end of the %1 pipe, as CreatePipe made it (not inheritable)</source>
        <translation>%1 管道的写端，即 CreatePipe 创建的原件（不可继承）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="277"/>
        <source>an end of the dummy %1 pipe (no standard handle to give)</source>
        <translation>%1 占位管道的一端（没有可给的标准句柄）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="279"/>
        <source>the parent&apos;s own %1</source>
        <translation>父进程自己的 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="281"/>
        <source>the child&apos;s process handle</source>
        <translation>子进程的进程句柄</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="283"/>
        <source>the child&apos;s main thread</source>
        <translation>子进程的主线程</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="285"/>
        <source>inherited from the parent</source>
        <translation>从父进程继承而来</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="303"/>
        <source>%1(%2) failed: error %3 %4 — %5</source>
        <translation>%1(%2) 失败：错误 %3 %4 — %5</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="307"/>
        <source>Ran on %1: the child could not be created.</source>
        <translation>在 %1 上运行：无法创建子进程。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="314"/>
        <source>The child&apos;s standard handles (GetStdHandle there, read from its PEB): %1</source>
        <translation>子进程的标准句柄（即它那边 GetStdHandle 的结果，从它的 PEB 读出）：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="317"/>
        <source>stdout through the pipe (%n byte(s)): %1</source>
        <translation>
            <numerusform>经管道传来的 stdout（%n 字节）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="320"/>
        <source>stderr through the pipe (%n byte(s)): %1</source>
        <translation>
            <numerusform>经管道传来的 stderr（%n 字节）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="322"/>
        <source>The child (pid %1) exited with code %2.</source>
        <translation>子进程（pid %1）以代码 %2 退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="323"/>
        <source>The child (pid %1) did not end in time and was terminated.</source>
        <translation>子进程（pid %1）没有按时结束，已被终止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/stepping/winerundialog.cpp" line="324"/>
        <source>Ran on %1: %n Win32 call(s), each with both handle tables right after it.</source>
        <translation>
            <numerusform>在 %1 上运行：%n 个 Win32 调用，每个调用之后都有两个进程的句柄表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="373"/>
        <source>Parent&apos;s handles: pipescope-trace.exe, after this call</source>
        <translation>父进程的句柄：pipescope-trace.exe，在这个调用之后</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="375"/>
        <source>Child&apos;s handles: no child yet</source>
        <translation>子进程的句柄：还没有子进程</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="377"/>
        <source>Child&apos;s handles (pid %1, running)</source>
        <translation>子进程的句柄（pid %1，运行中）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="379"/>
        <source>Child&apos;s handles (pid %1, suspended: it has not run an instruction)</source>
        <translation>子进程的句柄（pid %1，挂起：还没有执行任何一条指令）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="398"/>
        <source>Not inherited although inheritable in the parent: %1. The handle list (PROC_THREAD_ATTRIBUTE_HANDLE_LIST) gave the child only its three handles.</source>
        <translation>在父进程中可继承、却没有被继承：%1。句柄列表（PROC_THREAD_ATTRIBUTE_HANDLE_LIST）只把子进程的三个句柄交给了它。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="401"/>
        <source>Not inherited although inheritable in the parent: %1. CreateProcessW ran with bInheritHandles=FALSE.</source>
        <translation>在父进程中可继承、却没有被继承：%1。CreateProcessW 以 bInheritHandles=FALSE 运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="421"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="421"/>
        <source>new: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="423"/>
        <source>closed by this call</source>
        <translation>被这个调用关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="423"/>
        <source>closed by this call: %1</source>
        <translation>被这个调用关闭：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="424"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="424"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="458"/>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="463"/>
        <source>Run on Windows (Wine)</source>
        <translation>在 Windows 上运行（Wine）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="459"/>
        <source>The same Popen(...) run by Popen&apos;s Windows branch for real: pipescope-trace.exe makes each Win32 call of _get_handles and _execute_child under Wine and reads both processes&apos; handle tables after each. The child is created suspended, so its table shows what it inherited before it runs.</source>
        <translation>同一个 Popen(...)，由 Popen 的 Windows 分支真正运行：pipescope-trace.exe 在 Wine 下执行 _get_handles 和 _execute_child 的每个 Win32 调用，并在每次调用之后读取两个进程的句柄表。子进程以挂起状态创建，所以它的句柄表展示的是它在运行之前继承到的内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="464"/>
        <source>Run this configuration as Popen&apos;s Windows branch under Wine.</source>
        <translation>在 Wine 下按 Popen 的 Windows 分支运行这个配置。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="465"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="466"/>
        <source>Stop Wine and the Windows programs.</source>
        <translation>停止 Wine 和 Windows 程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="467"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="467"/>
        <source>Win32 call (real HANDLE values)</source>
        <translation>Win32 调用（真实的 HANDLE 值）</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="468"/>
        <source>Diagram</source>
        <translation>示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="469"/>
        <source>Handle tables</source>
        <translation>句柄表</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="470"/>
        <source>Diagram of the Windows run</source>
        <translation>Windows 运行的示意图</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="471"/>
        <source>Export for the Browser…</source>
        <translation>导出为网页…</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="472"/>
        <source>Saves one web page that replays this Windows run call by call (the diagram, both handle tables, English and Chinese) in any browser, without PipeScope.</source>
        <translation>保存一个网页，在任何浏览器中逐个调用回放这次 Windows 运行（示意图、两张句柄表、中英文），不需要 PipeScope。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="474"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="475"/>
        <source>The call before</source>
        <translation>上一个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="476"/>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="477"/>
        <source>The next call</source>
        <translation>下一个调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="478"/>
        <source>Win32 calls</source>
        <translation>Win32 调用</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="479"/>
        <source>Each Win32 call the Windows branch made, in order; choose one to see both handle tables right after it.</source>
        <translation>Windows 分支做的每个 Win32 调用，按顺序排列；选中一个，查看它之后两个进程的句柄表。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>Inherit</source>
        <translation>可继承</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="482"/>
        <source>What it is</source>
        <translation>它是什么</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="483"/>
        <source>Parent&apos;s handle table</source>
        <translation>父进程的句柄表</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="484"/>
        <source>Child&apos;s handle table</source>
        <translation>子进程的句柄表</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="485"/>
        <source>Show every handle type (events, keys, threads…), not only files and pipes</source>
        <translation>显示所有类型的句柄（事件、注册表键、线程…），而不只是文件和管道</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="486"/>
        <source>Handle values and pids are Wine&apos;s own; Windows gives other numbers but the same structure. Wine&apos;s handle table hides kernel object addresses, so the two ends of a pipe are named here from the calls that made them.</source>
        <translation>句柄值和 pid 都是 Wine 自己的；Windows 给出的数字不同，但结构相同。Wine 的句柄表隐藏了内核对象地址，所以这里按创建它们的调用来命名管道的两端。</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="489"/>
        <source>Running under Wine</source>
        <translation>正在 Wine 下运行</translation>
    </message>
    <message>
        <location filename="../app/gui/stepping/winerundialog.cpp" line="501"/>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
</context>
<context>
    <name>WineText</name>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="24"/>
        <source>pipescope-trace was not found beside PipeScope or on PATH; it runs the Windows build.</source>
        <translation>在 PipeScope 旁边和 PATH 中都找不到 pipescope-trace；Windows 版本要通过它来运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="26"/>
        <source>Wine is not installed: on Debian, apt-get install wine64 wine (scripts/setup installs it).</source>
        <translation>没有安装 Wine：在 Debian 上执行 apt-get install wine64 wine（scripts/setup 会安装它）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="28"/>
        <source>The Windows build is missing: cmake --preset win64 &amp;&amp; cmake --build --preset win64 (or set PIPESCOPE_WINDOWS_BUILD to the folder of pipescope-trace.exe).</source>
        <translation>缺少 Windows 版本：执行 cmake --preset win64 &amp;&amp; cmake --build --preset win64（或把 PIPESCOPE_WINDOWS_BUILD 设为 pipescope-trace.exe 所在的文件夹）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="31"/>
        <source>A Windows run is going already.</source>
        <translation>已经有一次 Windows 运行在进行。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="33"/>
        <source>The Windows run&apos;s JSON could not be read (at %1).</source>
        <translation>无法读取这次 Windows 运行的 JSON（位置 %1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="37"/>
        <source>The Windows run could not be made.</source>
        <translation>无法完成这次 Windows 运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="38"/>
        <source>The Windows run could not be made: %1</source>
        <translation>无法完成这次 Windows 运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="43"/>
        <source>Running under Wine… The first run makes PipeScope&apos;s Wine prefix, which takes about 10 s; later runs take a second.</source>
        <translation>正在 Wine 下运行… 第一次运行要创建 PipeScope 的 Wine 前缀，大约需要 10 秒；之后每次运行约一秒。</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="51"/>
        <source>CreatePipe → read end %1, write end %2 (%3 pipe)</source>
        <translation>CreatePipe → 读端 %1，写端 %2（%3 管道）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="53"/>
        <source>DuplicateHandle(%1, bInheritHandle=TRUE) → %2, inheritable</source>
        <translation>DuplicateHandle(%1, bInheritHandle=TRUE) → %2，可继承</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="55"/>
        <source>GetStdHandle(%1) → %2</source>
        <translation>GetStdHandle(%1) → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="57"/>
        <source>CloseHandle(%1)</source>
        <translation>CloseHandle(%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="59"/>
        <source>STARTUPINFO with STARTF_USESTDHANDLES: hStdInput %1, hStdOutput %2, hStdError %3</source>
        <translation>STARTUPINFO，带 STARTF_USESTDHANDLES：hStdInput %1，hStdOutput %2，hStdError %3</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="62"/>
        <source>PROC_THREAD_ATTRIBUTE_HANDLE_LIST = {%1}</source>
        <translation>PROC_THREAD_ATTRIBUTE_HANDLE_LIST = {%1}</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="64"/>
        <source>CreateProcessW(bInheritHandles=%1, CREATE_SUSPENDED) → child pid %2, hProcess %3, hThread %4</source>
        <translation>CreateProcessW(bInheritHandles=%1, CREATE_SUSPENDED) → 子进程 pid %2，hProcess %3，hThread %4</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="69"/>
        <source>ResumeThread(%1): the child starts running (a step PipeScope adds to show the child before it runs)</source>
        <translation>ResumeThread(%1)：子进程开始运行（这是 PipeScope 加的一步，为了在子进程运行之前展示它）</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="72"/>
        <source>_get_osfhandle(fd) → %1</source>
        <translation>_get_osfhandle(fd) → %1</translation>
    </message>
    <message>
        <location filename="../app/gui/text/winetext.cpp" line="74"/>
        <source>errwrite = c2pwrite (%1)</source>
        <translation>errwrite = c2pwrite（%1）</translation>
    </message>
</context>
</TS>
