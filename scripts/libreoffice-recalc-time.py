"""Times LibreOffice Calc's own recalculation of a workbook (bench/libreoffice.ts runs this with Debian's python3).

Starts a headless LibreOffice listening on a private pipe, opens the file hidden, and times `calculateAll()` (every
formula cell, dependencies or not) RUNS times; prints the times in milliseconds as JSON. Load and save are not timed:
the command-line conversion the check uses includes them and LibreOffice's start, which say nothing about how the
workbook behaves once open.
Usage: python3 libreoffice-recalc-time.py FILE PROFILE_DIR [RUNS]
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

path, profile = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
pipe = "capex_bench_%d" % os.getpid()
office = subprocess.Popen(
    [
        "soffice",
        "--headless",
        "--norestore",
        "--invisible",
        "-env:UserInstallation=file://" + profile,
        "--accept=pipe,name=%s;urp;" % pipe,
    ],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext()
    )
    context = None
    for _ in range(600):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    if context is None:
        raise SystemExit("LibreOffice did not start")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        document.calculateAll()
        times.append((time.perf_counter() - start) * 1000)
    document.close(True)
    print(json.dumps(times))
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=30)
    except Exception:
        office.kill()
