# SPDX-License-Identifier: GPL-3.0-or-later
# The note's parent.py exactly as the note writes it: stdin=PIPE and stdout=PIPE are commented out, so stdin and
# stdout are None and child_p.stdin is None. Run beside the note's child.py (note_child.py, saved as child.py), it
# stops at its first write with AttributeError: 'NoneType' object has no attribute 'write'; with the stdin line
# put back, at its first readline with AttributeError: 'NoneType' object has no attribute 'readline'.
from asyncio.subprocess import PIPE
import subprocess,sys,os,time
if __name__ =="__main__":
    child_file = os.path.join(os.path.dirname(__file__),"child.py")
    child_p = subprocess.Popen(
        args=[sys.executable,child_file],
        # stdin=subprocess.PIPE 
        # stdout=subprocess.PIPE
    )
    ## 如果不指定stdin=subprocess.PIPE,会报 AttributeError: 'NoneType' object has no attribute 'write' 错误
    ## 因为此时从 parent到 child的写入通道被关闭
    for _ in range(10):
        child_p.stdin.write(f"write data:{_}\r\n".encode())
        child_p.stdin.flush()

    ## 如果不指定stdout=subprocess.PIPE,会报 AttributeError: 'NoneType' object has no attribute 'READ' 错误
    ## 因为此时从 c2pwrite的读取通道被关闭
    while child_p.poll() is None:
        output = child_p.stdout.readline()
        print(">>> get child output",output)
