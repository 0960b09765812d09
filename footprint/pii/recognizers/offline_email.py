"""Presidio's email recognizer, with a domain check that never touches the network."""

from __future__ import annotations

from functools import cache

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer


@cache
def offline_extractor() -> tldextract.TLDExtract:
    """A TLDExtract on the bundled suffix-list snapshot: no fetch, no cache files."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """EmailRecognizer whose ``validate_result`` uses the offline extractor.

    Presidio's own recognizer calls ``tldextract.extract``, which downloads the
    public suffix list on first use.
    """

    def validate_result(self, pattern_text: str) -> bool:
        return bool(offline_extractor()(pattern_text).fqdn)
