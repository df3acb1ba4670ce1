"""A video's poster frame: made from WhatsApp's H.264, and no harm from a broken file."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.poster import POSTER_SIDE, is_video, poster_path, write_poster
from desktop.resources import sample_video


def test_an_h264_video_gets_its_first_frame_as_a_jpeg_beside_it(tmp_path: Path) -> None:
    video = tmp_path / "123456"
    shutil.copyfile(sample_video(), video)
    assert is_video(video)
    assert write_poster(video)
    poster = poster_path(video)
    assert poster.name == "123456.poster.jpg"
    jpeg = poster.read_bytes()
    assert jpeg[:3] == b"\xff\xd8\xff"  # a JPEG
    # Its size, from the SOF0 marker: the clip's 320 x 240 (under the cap, so unscaled).
    start = jpeg.index(b"\xff\xc0")
    height, width = (
        int.from_bytes(jpeg[start + 5 : start + 7]),
        int.from_bytes(jpeg[start + 7 : start + 9]),
    )
    assert (width, height) == (320, 240) and max(width, height) <= POSTER_SIDE


def test_a_broken_or_foreign_file_gets_no_poster_and_no_error(tmp_path: Path) -> None:
    truncated = tmp_path / "cut"
    truncated.write_bytes(sample_video().read_bytes()[:400])
    assert is_video(truncated)  # it starts like one
    assert not write_poster(truncated)
    assert not poster_path(truncated).exists()
    document = tmp_path / "doc"
    document.write_bytes(b"%PDF-1.4 not a video")
    assert not is_video(document)
    assert not write_poster(document)
    assert not is_video(tmp_path / "missing")
