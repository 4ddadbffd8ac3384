"""Whether the desktop window can open at all, decided before Qt is asked to.

On Linux, Qt's xcb platform aborts the whole process (SIGABRT) when it cannot connect to a display or
when one of the system libraries its plugin needs is missing, and then names the wrong library
(libxcb-cursor0) whatever is missing. :func:`display_problem` asks first, the way Qt would find out:
it loads the xcb plugin (the dynamic loader names the library that is missing) and connects to the X
server named by ``DISPLAY``. The command line then says what is wrong in one line and exits with 1.
Other platforms (Windows, macOS, Wayland, offscreen) are left to Qt, which reports their problems itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

QT_LIBRARIES = "the system libraries Qt needs (on Debian or Ubuntu, .ci/run lists and installs them)"


def xcb_plugin() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def load_library(path: str) -> None:
    """Load a shared library as Qt would; OSError names what is missing."""
    ctypes.CDLL(path, mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))


def debian_package(library: str) -> str:
    """The usual Debian package of a library: libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 ->
    libxkbcommon-x11-0."""
    name, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    name = name.lower()
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_library(plugin: Path) -> str | None:
    """The library the xcb plugin cannot find (as the dynamic loader names it), or None when it loads."""
    if not plugin.is_file():
        return None  # a build without the plugin: Qt says so itself
    try:
        load_library(str(plugin))
    except OSError as exc:
        message = str(exc)
        # "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
        for part in message.replace(" ", ":").split(":"):
            if ".so" in part and not part.endswith("libqxcb.so") and "/" not in part:
                return part
        return message
    return None


def connects(display: str) -> bool:
    """Whether an X server answers at ``display`` (through libxcb, as Qt connects)."""
    found = ctypes.util.find_library("xcb")
    if found is None:
        return True  # cannot ask: let Qt try
    xcb = ctypes.CDLL(found)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    connection = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open on this machine (one line, in English like every message of the command
    line), or None when Qt may try."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if not system.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen and chosen != "xcb":
        return None  # offscreen, wayland, eglfs...: Qt reports its own problems without aborting
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # Qt tries Wayland first
    missing = missing_library(xcb_plugin())
    if missing is not None:
        package = debian_package(missing) if missing.startswith("lib") and ".so" in missing else ""
        hint = f" (on Debian or Ubuntu: sudo apt install {package})" if package else ""
        return f"the desktop window cannot start: the system library {missing} is missing{hint}; install {QT_LIBRARIES}"
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "no display could be opened: DISPLAY is not set. Start Assess from a desktop session "
            "(or under xvfb-run); the command-line commands work without one"
        )
    if not connects(display):
        return f"no display could be opened at DISPLAY={display}: no X server answers there"
    return None
