"""What the app knows of a sound file without playing it: its length.

A voice note shows its length before it is played, as WhatsApp does; Meta's
webhooks do not say it, so it is read from the file once fetched. libsndfile
(`soundfile`, already here to encode voice notes) reads the Ogg Opus that
WhatsApp's voice notes are, and WAV, FLAC, MP3 and Ogg Vorbis; anything else
(AAC in MP4, AMR) has no length until it plays.
"""

from __future__ import annotations

import soundfile


def length_ms(path: str) -> int | None:
    """The file's length in milliseconds; None when libsndfile cannot read it."""
    try:
        info = soundfile.info(path)
    except (RuntimeError, OSError, ValueError, TypeError):
        # soundfile raises its LibsndfileError (a RuntimeError) for unknown formats.
        return None
    if info.samplerate <= 0 or info.frames <= 0:
        return None
    return int(info.frames * 1000 / info.samplerate)
