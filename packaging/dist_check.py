"""Check the frozen app headless, as a user would: `make dist-check`.

    python packaging/dist_check.py dist/coopnet/coopnet

Runs the bundle's own executable (never the checkout): --version, a project made from the
sample, `info --json`, the map as HTML and PNG, the model workbook, and the window itself
with the Map page's QWebEngineView (offscreen, then on Xvfb if installed); then the bundled
libraries' dependencies and the desktop files. Each output must exist and be non-trivial.
Standard library only; prints one line per check, exits 1 if any failed (files kept).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

GUI_SECONDS = 20
failures: list[str] = []


def check(name: str, ok: bool, detail: str = "") -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {name}{' — ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(name)
    return ok


def run(exe: Path, *args: str, env: dict, cwd: Path, timeout: int = 180):
    proc = subprocess.run(
        [str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        print(f"     $ coopnet {' '.join(args)} → exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return proc


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return (0, 0)
    return struct.unpack(">II", head[16:24])


def remote_assets(html: str) -> list[str]:
    """Scripts or stylesheets loaded from the internet (the app must work offline)."""
    return re.findall(r"<(?:script|link)[^>]+(?:src|href)=[\"'](https?://[^\"']+)", html)


def web_engine_children(pid: int) -> int:
    """QtWebEngineProcess processes under `pid` (proves Chromium started from the bundle)."""
    count = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        name = re.search(r"^Name:\s*(\S+)", text, re.M)
        ppid = re.search(r"^PPid:\s*(\d+)", text, re.M)
        if name and ppid and name.group(1).startswith("QtWebEngine") and int(ppid.group(1)) == pid:
            count += 1
    return count


def map_page_children(pid: int) -> int:
    """`coopnet map-page` processes under `pid` (the app draws its map in a child process)."""
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
            ppid = re.search(r"^PPid:\s*(\d+)", (cmdline.parent / "status").read_text(), re.M)
        except OSError:
            continue
        if b"map-page" in args and ppid and int(ppid.group(1)) == pid:
            count += 1
    return count


def check_gui(exe: Path, project: Path | None, env: dict, work: Path, label: str = "gui") -> None:
    # The Map page (QWebEngineView) is shown at start: last page = 2 in a private settings file.
    conf = Path(env["XDG_CONFIG_HOME"]) / "coopnet" / "coopnet.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[window]\nlast_page=2\n", encoding="utf-8")
    err_path = work / f"{label.replace(' ', '-')}.stderr"
    with open(err_path, "w") as err:
        args = [str(exe), "gui"] + ([str(project)] if project else [])
        proc = subprocess.Popen(
            args, env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        engines, drawers, deadline = 0, 0, time.monotonic() + GUI_SECONDS
        while time.monotonic() < deadline and proc.poll() is None:
            engines = max(engines, web_engine_children(proc.pid))
            drawers = max(drawers, map_page_children(proc.pid))
            time.sleep(0.2)
        alive = proc.poll() is None
        if alive:  # stop the window and its QtWebEngineProcess helpers (our own process group)
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    stderr = err_path.read_text(errors="replace")
    # Python errors reach stderr through the CLI's logging set-up ("ERROR:coopnet:…");
    # Chromium's complaint about the absent system D-Bus is harmless.
    bad = [
        line
        for line in stderr.splitlines()
        if re.search(r"Traceback|^(ERROR|CRITICAL):|(?i:could not (find|load)|not found)", line)
        and "dbus" not in line.lower()
    ]
    check(
        f"{label}: window still running after {GUI_SECONDS} s",
        alive,
        "" if alive else f"exit {proc.returncode}: {stderr[-800:]}",
    )
    check(f"{label}: Map page started QtWebEngineProcess", engines > 0)
    check(f"{label}: Map page drew its map with the bundle's own `coopnet map-page`", drawers > 0)
    check(f"{label}: no missing-file or Python errors on stderr", not bad, "; ".join(bad[:3]))


def check_gui_on_x11(exe: Path, env: dict, work: Path) -> None:
    """The same on a real X server (Xvfb, when installed): exercises the xcb platform plugin
    and its libraries, which the offscreen run does not load. A first run (fresh home, no
    FILE): the window opens a copy of the bundled sample made in the user's data folder."""
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        print("skip gui on X11: Xvfb is not installed (Debian: apt-get install xvfb)")
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not check("Xvfb started", display.isdigit()):
            return
        home = work / "home-x11"
        x_env = dict(
            env,
            DISPLAY=f":{display}",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
        x_env.pop("QT_QPA_PLATFORM")
        check_gui(exe, None, x_env, work, label="gui on X11")
        copies = [p for p in (home / ".local/share").rglob("*.coopnet") if p.stat().st_size > 100_000]
        check(
            "gui on X11, first run: opened a copy of the bundled sample",
            len(copies) == 1,
            ", ".join(str(p.relative_to(home)) for p in copies) or "no project file in the data folder",
        )
    finally:
        server.terminate()
        server.wait(10)


# The GTK platform theme uses the desktop's own GTK when there is one; Qt skips it otherwise.
OPTIONAL_SYSTEM_LIBS = ("libgtk-3.so", "libgdk-3.so")


def check_libraries(bundle: Path) -> None:
    """Every Qt library and plugin finds its libraries inside the bundle or in the base system
    (a library missing on the build machine is silently left out by PyInstaller)."""
    if not shutil.which("ldd"):
        return
    missing = set()
    qt = bundle / "_internal" / "PySide6"
    for lib in sorted(qt.rglob("*.so*")) + [qt / "Qt" / "libexec" / "QtWebEngineProcess"]:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
        for name in re.findall(r"^\s*(\S+) => not found", out, re.M):
            if not name.startswith(OPTIONAL_SYSTEM_LIBS):
                missing.add(f"{name} (for {lib.name})")
    check(
        "Qt libraries and plugins: no missing dependency",
        not missing,
        "; ".join(sorted(missing)[:6])
        + (
            ""
            if not missing
            else " — install them on the build machine (Debian: apt-get install libxcb-icccm4 "
            "libxcb-keysyms1 libwayland-cursor0 libwayland-egl1) and rebuild"
        ),
    )


def check_desktop_files(bundle: Path, work: Path) -> None:
    """share/ holds the .desktop file and icons; install-desktop.sh puts them in a menu."""
    icons = [bundle / "share" / "icons" / f"coopnet-{n}.png" for n in (48, 128, 256)]
    sizes = [png_size(p) if p.is_file() else (0, 0) for p in icons]
    check(
        "icons rendered from coopnet.svg",
        sizes == [(48, 48), (128, 128), (256, 256)],
        ", ".join(f"{w}×{h}" for w, h in sizes),
    )
    data_home = work / "desktop-install"
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    proc = subprocess.run(["sh", str(bundle / "install-desktop.sh")], env=env, capture_output=True, text=True)
    entry = data_home / "applications" / "coopnet.desktop"
    text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
    exec_line = re.search(r'^Exec="([^"]+)" gui %f$', text, re.M)
    check(
        "install-desktop.sh: menu entry runs this bundle",
        proc.returncode == 0
        and exec_line is not None
        and Path(exec_line.group(1)) == bundle / "coopnet"
        and (data_home / "icons/hicolor/256x256/apps/coopnet.png").is_file(),
        proc.stderr.strip() or (exec_line.group(0) if exec_line else "no Exec line"),
    )
    validator = shutil.which("desktop-file-validate")
    if validator and entry.is_file():
        out = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        check("desktop-file-validate", out.returncode == 0, out.stdout.strip())


def main(exe: Path) -> int:
    exe = exe.resolve()
    if not exe.is_file():
        print(f"{exe}: not built (run `make dist`)")
        return 1
    work = Path(tempfile.mkdtemp(prefix="coopnet-dist-check-"))
    home = work / "home"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(work / "run"),
    )
    (work / "run").mkdir(mode=0o700)
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    env.pop("PYTHONPATH", None)  # the bundle must not borrow the checkout's modules
    print(f"checking {exe} in {work}")

    proc = run(exe, "--version", env=env, cwd=work)
    check(
        "--version",
        proc.returncode == 0 and re.search(r"\d+\.\d+", proc.stdout) is not None,
        proc.stdout.strip(),
    )

    project = work / "X.coopnet"
    proc = run(exe, "new", str(project), "--sample", env=env, cwd=work)
    check(
        "new --sample",
        proc.returncode == 0 and project.is_file() and project.stat().st_size > 100_000,
        proc.stdout.strip(),
    )

    proc = run(exe, "info", str(project), "--json", env=env, cwd=work)
    try:
        info = json.loads(proc.stdout)
    except ValueError:
        info = {}
    villages = info.get("villages", [])
    households = sum(v.get("households") or 0 for v in villages)
    check(
        "info --json: the 18 sample villages with households and PoPs",
        len(villages) == 18 and households > 1000 and len(info.get("pops", [])) >= 3,
        f"{len(villages)} villages, {households} households, {len(info.get('pops', []))} PoPs",
    )

    html = work / "out.html"
    proc = run(exe, "map", str(project), "-o", str(html), env=env, cwd=work)
    text = html.read_text(encoding="utf-8", errors="replace") if html.is_file() else ""
    check(
        "map -o out.html",
        proc.returncode == 0 and len(text) > 50_000 and "L.map" in text and not remote_assets(text),
        f"{len(text) // 1024} KB, remote assets: {remote_assets(text)[:2]}",
    )

    page = work / "page.html"
    proc = run(
        exe,
        "map-page",
        str(project),
        str(page),
        "--options",
        '{"bridge": true, "lang": "fr"}',
        env=env,
        cwd=work,
    )
    text = page.read_text(encoding="utf-8", errors="replace") if page.is_file() else ""
    summaries = (
        json.loads(page.with_suffix(".json").read_text()) if page.with_suffix(".json").is_file() else {}
    )
    check(
        "map-page (the app's map drawing process)",
        proc.returncode == 0 and "L.map" in text and len(summaries) == 18 and '<html lang="fr">' in text,
        f"{len(text) // 1024} KB, {len(summaries)} village summaries",
    )

    png = work / "out.png"
    proc = run(exe, "map", str(project), "-o", str(png), env=env, cwd=work)
    width, height = png_size(png) if png.is_file() else (0, 0)
    size = png.stat().st_size if png.is_file() else 0
    # A blank or failed render compresses to a few KB; the sample map is ~300 KB.
    check(
        "map -o out.png",
        proc.returncode == 0 and width >= 800 and height >= 500 and size > 50_000,
        f"{width}×{height}, {size // 1024} KB",
    )

    xlsx = work / "out.xlsx"
    proc = run(exe, "model", str(project), "-o", str(xlsx), env=env, cwd=work)
    sheets = []
    if xlsx.is_file() and zipfile.is_zipfile(xlsx):
        with zipfile.ZipFile(xlsx) as z:
            sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    check(
        "model -o out.xlsx",
        proc.returncode == 0 and len(sheets) >= 1 and xlsx.stat().st_size > 5_000,
        f"{len(sheets)} sheets, {xlsx.stat().st_size // 1024 if xlsx.is_file() else 0} KB",
    )

    check_gui(exe, project, env, work)
    check_gui_on_x11(exe, env, work)
    check_libraries(exe.parent)
    check_desktop_files(exe.parent, work)

    bundle = exe.parent
    total = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle {bundle}: {total / 2**20:.0f} MiB")
    if failures:
        print(f"dist-check FAILED: {', '.join(failures)} (files kept in {work})")
        return 1
    print("dist-check passed")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/coopnet/coopnet")))
