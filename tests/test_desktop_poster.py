"""A video's poster frame: made from WhatsApp's H.264 by Qt's FFmpeg, no harm from a bad file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.poster import POSTER_SIDE, is_video, poster_path
from desktop.poster_maker import PosterMaker, make_poster
from desktop.resources import sample_video


def test_an_h264_video_gets_its_first_frame_as_a_jpeg_beside_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    video = tmp_path / "123456"
    shutil.copyfile(sample_video(), video)
    assert is_video(video)
    assert make_poster(video)
    poster = poster_path(video)
    assert poster.name == "123456.poster.jpg"
    jpeg = poster.read_bytes()
    assert jpeg[:3] == b"\xff\xd8\xff"  # a JPEG
    image = QImage(str(poster))
    # The clip's 320 x 240 (under the cap, so unscaled), and its first frame: a blue backpack.
    assert (image.width(), image.height()) == (320, 240) and max(320, 240) <= POSTER_SIDE
    middle = image.pixelColor(160, 120)
    assert middle.blue() > middle.red() + 60
    assert not list(tmp_path.glob("*.part"))


# What Qt's FFmpeg says about the two bad files: expected here, and no error of ours.
@pytest.mark.qt_log_ignore("No SW decoder found", "Could not open media")
def test_a_broken_or_foreign_file_gets_no_poster_and_the_queue_goes_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    truncated = tmp_path / "cut"
    truncated.write_bytes(sample_video().read_bytes()[:400])
    assert is_video(truncated)  # it starts like one
    document = tmp_path / "doc"
    document.write_bytes(b"%PDF-1.4 not a video")
    assert not is_video(document)
    assert not is_video(tmp_path / "missing")
    good = tmp_path / "good"
    shutil.copyfile(sample_video(), good)

    maker = PosterMaker(deadline_ms=5_000)
    results: list[tuple[str, bool]] = []
    maker.made.connect(lambda path, made: results.append((Path(path).name, made)))
    for video in (truncated, document, good):
        maker.make(video)
    maker.make(good)  # asked twice while waiting: made once
    qtbot.waitUntil(lambda: len(results) == 3, timeout=20_000)
    assert results == [("cut", False), ("doc", False), ("good", True)]
    assert not poster_path(truncated).exists() and not poster_path(document).exists()
    # A poster already made is reported at once, without decoding again.
    maker.make(good)
    qtbot.waitUntil(lambda: len(results) == 4)
    assert results[-1] == ("good", True)


def test_making_a_poster_prints_nothing_in_the_terminal(tmp_path: Path) -> None:
    """Qt's FFmpeg describes every file it opens on stderr unless told not to."""
    video = tmp_path / "clip"
    shutil.copyfile(sample_video(), video)
    script = (
        "import sys\n"
        "from desktop.qt_messages import quiet_probing\n"
        "quiet_probing()\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv)\n"
        "from desktop.poster_maker import make_poster\n"
        "from pathlib import Path\n"
        "sys.exit(0 if make_poster(Path(sys.argv[1])) else 3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(video)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
