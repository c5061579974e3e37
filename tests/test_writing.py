"""A build's files change as one set: outputs, the record of their inputs, the manifest and
the copies, whatever stops the build part-way (a crash, a full disk)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from briefing.build import build
from briefing.copies.manifest import MANIFEST, read_manifest
from briefing.copies.recipients import load_recipients
from briefing.copies.verify import find_manifest, verify
from briefing.errors import BriefingError
from briefing.writing import Commit, finish, write_atomic

from .conftest import shipped

REPORT = "= Shelters =\n\nIn 2019 the ministry funded {n} shelters for 300 victims.\n"


def _project(tmp_path: Path, n: int) -> tuple[Path, Path]:
    source = tmp_path / "shelters.txt"
    source.write_text(REPORT.format(n=n), encoding="utf-8")
    return source, tmp_path / "out"


def _files(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _every_file_verifies(out: Path) -> None:
    for name in ("shelters.pdf", "shelters.epub", "shelters.json"):
        assert verify(out / name, find_manifest(out / name)).matches, name


def test_a_crash_after_the_journal_is_finished_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out = _project(tmp_path, 4)
    build(source, out, shipped())
    source.write_text(REPORT.format(n=5), encoding="utf-8")

    def crash(journal: Path) -> None:
        raise KeyboardInterrupt  # the process dies with its journal on disk, no move made

    monkeypatch.setattr("briefing.writing.finish", crash)
    with pytest.raises(KeyboardInterrupt):
        build(source, out, shipped())
    assert (out / ".shelters.commit").is_file()
    assert "5 shelters" not in (out / "shelters.json").read_text(encoding="utf-8")
    monkeypatch.undo()

    # The next build finishes the commit first: the set is the new one, whole.
    result = build(source, out, shipped())
    assert result.skipped
    assert not (out / ".shelters.commit").exists()
    assert "5 shelters" in (out / "shelters.json").read_text(encoding="utf-8")
    _every_file_verifies(out)
    assert not [p for p in out.rglob("*.tmp")]


def test_a_full_disk_leaves_the_previous_set_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out = _project(tmp_path, 4)
    recipients = tmp_path / "people.csv"
    recipients.write_text("name\nAna Pereira\n", encoding="utf-8")
    build(source, out, shipped(), recipients=load_recipients(recipients))
    before = _files(out)
    source.write_text(REPORT.format(n=5), encoding="utf-8")
    real = os.fdopen
    staged = []

    def fill_the_disk(fd: int, mode: str = "r", *args: object, **kwargs: object):
        staged.append(fd)
        if len(staged) == 3:  # the PDF and the EPUB fit; the JSON does not
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, mode, *args, **kwargs)

    monkeypatch.setattr("briefing.writing.os.fdopen", fill_the_disk)
    with pytest.raises(BriefingError, match="No space left on device"):
        build(source, out, shipped(), recipients=load_recipients(recipients))
    monkeypatch.undo()
    assert _files(out) == before
    _every_file_verifies(out)


def test_temporary_files_of_an_interrupted_build_are_removed(tmp_path: Path) -> None:
    source, out = _project(tmp_path, 4)
    build(source, out, shipped())
    left = [out / ".shelters.pdf.k3j_x9a2.tmp", out / "shelters" / ".manifest.json.abcdefgh.tmp"]
    for path in left:
        path.write_bytes(b"half a file")
    other = out / ".other.pdf.abcdefgh.tmp"  # another report's: not this build's to remove
    other.write_bytes(b"being written")
    build(source, out, shipped(), force=True)
    assert not any(path.exists() for path in left)
    assert other.exists()


def test_a_journal_cannot_move_files_from_outside_its_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    kept = out / "kept.pdf"
    kept.write_text("mine", encoding="utf-8")
    journal = out / ".x.commit"
    plan = {"moves": [["../secret.txt", "x.pdf"], [str(secret), "y.pdf"]], "removals": ["../x"]}
    journal.write_text(json.dumps(plan), encoding="utf-8")
    finish(journal)
    assert secret.read_text(encoding="utf-8") == "private"
    assert not (out / "x.pdf").exists() and not (out / "y.pdf").exists()
    assert not journal.exists()


def test_a_commit_moves_its_files_together_and_leaves_no_journal(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.txt", b"old a")
    commit = Commit(tmp_path / ".set.commit")
    commit.write(tmp_path / "a.txt", b"new a")
    commit.write(tmp_path / "b.txt", b"new b")
    assert (tmp_path / "a.txt").read_bytes() == b"old a"  # staged, not yet in place
    commit.apply()
    assert (tmp_path / "a.txt").read_bytes() == b"new a"
    assert (tmp_path / "b.txt").read_bytes() == b"new b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_the_manifest_lists_what_the_commit_wrote(tmp_path: Path) -> None:
    source, out = _project(tmp_path, 4)
    build(source, out, shipped())
    manifest = read_manifest(out / "shelters" / MANIFEST)
    assert [e.path for e in manifest.files] == [
        "../shelters.pdf",
        "../shelters.epub",
        "../shelters.json",
    ]
    _every_file_verifies(out)
