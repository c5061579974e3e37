"""WeasyPrint's import: its native libraries found in the linker cache, not by starting
ldconfig, gcc and ld for each spelling of their names."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap

import pytest

from briefing.render import engine

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux linker cache")


@linux
def test_the_linker_cache_names_the_libraries_weasyprint_loads() -> None:
    cache = engine._linker_cache()
    assert cache["pango-1.0"].startswith("libpango-1.0.so")
    assert cache["gobject-2.0"].startswith("libgobject-2.0.so")
    assert "libpango-1.0-0" not in cache  # a Windows spelling: cffi tries the next one


def test_find_library_is_ctypes_own_again_after_the_import() -> None:
    assert ctypes.util.find_library.__module__ == "ctypes.util"


@linux
def test_importing_the_engine_starts_one_process_at_most() -> None:
    """Counted from inside: every process Python starts goes through subprocess.Popen or
    os.posix_spawn; before this module, importing WeasyPrint started over 200."""
    script = textwrap.dedent(
        """
        import subprocess
        started = []
        real = subprocess.Popen.__init__
        def counting(self, args, *rest, **kw):
            started.append(args)
            real(self, args, *rest, **kw)
        subprocess.Popen.__init__ = counting
        import briefing.render.engine
        print(len(started))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) <= 1
