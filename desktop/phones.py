"""Phone numbers as people write and read them: parsed, checked and formatted by libphonenumber."""

from __future__ import annotations

import phonenumbers

# Where a number typed without its country code is read, when the locale names none.
FALLBACK_REGION = "MX"


def home_region(locale: str) -> str:
    """The shop's country, from the UI's locale's name (es_MX -> MX), as libphonenumber
    names it."""
    region = locale.split("_")[1] if "_" in locale else ""
    return region if region in phonenumbers.SUPPORTED_REGIONS else FALLBACK_REGION


def parse(typed: str, region: str) -> str | None:
    """The number as WhatsApp ids it (country code and number, digits only), or None when it
    is not a valid number. A number without `+` is read in `region`."""
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


def shown(digits: str) -> str:
    """A WhatsApp id (digits) as people read it: +52 55 1234 5678; as given when it is not
    a phone number."""
    if not digits.isdigit():
        return digits
    if digits.startswith("521") and len(digits) == 13:
        # WhatsApp still ids Mexican mobiles with the "1" Mexico dropped in 2019.
        mobile = _number("+52" + digits[3:])
        if mobile is not None:
            national = phonenumbers.PhoneNumberFormat.NATIONAL
            return "+52 1 " + phonenumbers.format_number(mobile, national)
    number = _number("+" + digits)
    if number is None:
        return "+" + digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _number(text: str) -> phonenumbers.PhoneNumber | None:
    """A valid number, or None."""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None
