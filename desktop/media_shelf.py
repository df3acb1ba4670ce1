"""Media the timeline shows: what is loading, what failed, where each file is, and thumbnails.

The timeline model asks for a media id the first time a row needs it
(`want`); the window passes that on to the session, which fetches the file
into the media folder on the engine's thread and reports back (`fetched`).
Photos, stickers and videos (their poster frame) get a thumbnail, decoded once
at its shown size; a video stays "loading" until its poster is made
(`PosterMaker`, with Qt's FFmpeg), so its row changes size once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from desktop.poster import is_video, poster_path
from desktop.poster_maker import PosterMaker

THUMB = QSize(260, 200)  # the largest a photo shows in a bubble
STICKER = QSize(140, 140)


@dataclass(frozen=True, slots=True)
class Shelved:
    """One media id's state: "loading", "ready" or "failed"."""

    state: str
    path: str = ""
    error: str = ""
    size: tuple[int, int] = (0, 0)  # the thumbnail's, once decoded


class MediaShelf(QObject):
    """Media ids, their files and thumbnails; shared by the model, the delegate and the window."""

    wanted = Signal(str)
    """(media_id) fetch this file (the first time a row shows it, or on retry)."""
    changed = Signal(str)
    """(media_id) its state or thumbnail changed: rows showing it must be repainted."""

    def __init__(self, parent: QObject | None = None, posters: PosterMaker | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, Shelved] = {}
        self._thumbs: dict[str, QImage] = {}
        self._posters = posters or PosterMaker(self)
        self._posters.made.connect(self._poster_made)
        # Videos fetched whose poster is being made: path -> [(media id, box, scale)].
        self._awaiting: dict[str, list[tuple[str, QSize, float]]] = {}

    def get(self, media_id: str) -> Shelved | None:
        return self._items.get(media_id)

    def thumbnail(self, media_id: str) -> QImage | None:
        return self._thumbs.get(media_id)

    def want(self, media_id: str) -> None:
        """Fetch `media_id` unless it is here or on its way."""
        if media_id in self._items and self._items[media_id].state != "failed":
            return
        self._items[media_id] = Shelved("loading")
        self.wanted.emit(media_id)

    def retry(self, media_id: str) -> None:
        self._items.pop(media_id, None)
        self.want(media_id)
        self.changed.emit(media_id)

    def fetched(
        self, media_id: str, path: str, error: str, thumbnail: QSize | None, scale: float = 1.0
    ) -> None:
        """The engine's answer; `thumbnail` is the box (in logical pixels) to decode a picture
        into, if any, at `scale` device pixels per logical one (crisp on HiDPI screens)."""
        if error or not path:
            self._items[media_id] = Shelved("failed", error=error or "unknown")
        elif thumbnail is not None and _wants_poster(Path(path)):
            self._awaiting.setdefault(path, []).append((media_id, thumbnail, scale))
            self._posters.make(Path(path))
            return
        else:
            self._shelve(media_id, path, thumbnail, scale)
        self.changed.emit(media_id)

    def _shelve(self, media_id: str, path: str, thumbnail: QSize | None, scale: float) -> None:
        size = (0, 0)
        if thumbnail is not None:
            decoded = _decode(path, thumbnail, scale)
            if decoded is not None:
                image, logical = decoded
                self._thumbs[media_id] = image
                size = (logical.width(), logical.height())
        self._items[media_id] = Shelved("ready", path, size=size)

    def _poster_made(self, path: str, made: bool) -> None:
        del made  # without a poster the video is ready all the same, shown without a frame
        for media_id, thumbnail, scale in self._awaiting.pop(path, []):
            self._shelve(media_id, path, thumbnail, scale)
            self.changed.emit(media_id)


def _wants_poster(path: Path) -> bool:
    return not poster_path(path).exists() and is_video(path)


def _decode(path: str, box: QSize, scale: float) -> tuple[QImage, QSize] | None:
    """The picture at `path` to show within `box` (logical pixels): decoded straight at
    the screen's pixels (never the full-size ones), with its logical size."""
    poster = poster_path(Path(path))
    reader = QImageReader(str(poster) if poster.exists() else path)
    reader.setAutoTransform(True)
    size = reader.size()
    logical = size
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        logical = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        device = logical * scale
        if device.width() < size.width():
            reader.setScaledSize(device)
    image = reader.read()
    if image.isNull():
        return None
    if not logical.isValid():
        logical = image.size()
    # As many device pixels as the screen has for the logical box, fewer if the file has fewer.
    image.setDevicePixelRatio(max(1.0, image.width() / max(1, logical.width())))
    return image, logical
