"""A command printing JSON keeps stdout for the JSON alone."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reemarket.cli.output import print_json, stdout_reserved


def test_writes_while_reserved_go_to_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    with stdout_reserved(True):
        print("a library's notice")
        os.write(1, b"a raw write\n")
        subprocess.run([sys.executable, "-c", "print('a child process')"], check=True)
    print_json({"documents": 2})
    out, err = capfd.readouterr()
    assert out.strip() == '{\n  "documents": 2\n}'
    for line in ("a library's notice", "a raw write", "a child process"):
        assert line in err


def test_not_reserved_leaves_stdout_alone(capfd: pytest.CaptureFixture[str]) -> None:
    with stdout_reserved(False):
        print("plain output")
    out, err = capfd.readouterr()
    assert out == "plain output\n"
    assert err == ""
