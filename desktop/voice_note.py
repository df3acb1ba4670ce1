"""A recorded voice note made into what WhatsApp shows as one: Ogg Opus.

Meta takes only Ogg with the Opus codec as a voice note, and the FFmpeg inside
PySide6 encodes no Opus, so the recorder's raw samples are encoded here with
libsndfile (the `soundfile` wheels bundle it, Opus included).
"""

from __future__ import annotations

import io

import numpy as np
import soundfile

OPUS_RATES = (8000, 12000, 16000, 24000, 48000)  # the rates Opus encodes


def encode_opus(pcm: bytes, rate: int, channels: int = 1) -> bytes:
    """16-bit little-endian samples (interleaved when `channels` > 1) as an Ogg Opus file."""
    if rate not in OPUS_RATES:
        raise ValueError(f"Opus encodes {OPUS_RATES} Hz, not {rate}")
    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % (2 * channels)], dtype="<i2")
    out = io.BytesIO()
    with soundfile.SoundFile(
        out, "w", samplerate=rate, channels=channels, format="OGG", subtype="OPUS"
    ) as encoded:
        encoded.write(samples.reshape(-1, channels) if channels > 1 else samples)
    return out.getvalue()
