"""Where an item was found: the path rules, case by case (one line per rule and platform)."""

from __future__ import annotations

import pytest

from cairn.reports.locations import CACHE, RULES, USER, classify

CACHES = [
    (
        "Users/ann/AppData/Local/Microsoft/Windows/Explorer/thumbcache_256.db/0001.jpg",
        "windows-thumbcache",
    ),
    ("Users/ann/AppData/Local/Microsoft/Windows/Explorer/iconcache_32.db", "windows-thumbcache"),
    ("Users/ann/Pictures/Thumbs.db", "windows-thumbs-db"),
    ("home/ann/.cache/thumbnails/normal/abc.png", "thumbnails-folder"),
    ("home/ann/.thumbnails/large/abc.png", "thumbnails-folder"),
    ("sdcard/DCIM/.thumbnails/1234.jpg", "thumbnails-folder"),
    ("sdcard/DCIM/.thumbdata3--1967290299", "thumbnails-folder"),
    (
        "private/var/mobile/Media/PhotoData/Thumbnails/V2/DCIM/100APPLE/IMG_0001.JPG/5005.JPG",
        "thumbnails-folder",
    ),
    ("private/var/mobile/Media/PhotoData/Metadata/DCIM/100APPLE/IMG_0001.JPG", "ios-photo-cache"),
    (
        "Users/ann/Library/Caches/com.apple.QuickLook.thumbnailcache/thumbnails.data",
        "macos-quicklook",
    ),
    (
        "Users/ann/AppData/Local/Google/Chrome/User Data/Default/Cache/Cache_Data/f_000001",
        "browser-cache",
    ),
    (
        "Users/ann/AppData/Local/Mozilla/Firefox/Profiles/x.default/cache2/entries/ABCDEF",
        "browser-cache",
    ),
    ("Users/ann/AppData/Local/Microsoft/Windows/INetCache/IE/XYZ/pic[1].jpg", "browser-cache"),
    (
        "Documents and Settings/ann/Local Settings/Temporary Internet Files/Content.IE5/a.jpg",
        "browser-cache",
    ),
    ("sdcard/WhatsApp/Media/.Statuses/a.jpg", "whatsapp-statuses"),
    ("sdcard/Android/media/com.whatsapp/WhatsApp/Media/.Statuses/b.mp4", "whatsapp-statuses"),
    ("Users/ann/AppData/Local/Temp/img.jpg", "temp"),
    ("Windows/Temp/x.jpg", "temp"),
    ("private/var/folders/zz/abc/T/x.png", "temp"),
    ("sdcard/Android/data/com.example.app/cache/img.jpg", "app-cache"),
    ("data/data/com.example.app/cache/image_manager_disk_cache/1.0", "app-cache"),
    ("private/var/mobile/Containers/Data/Application/ID/Library/Caches/x.jpg", "app-cache"),
    ("USERS\\ANN\\APPDATA\\LOCAL\\TEMP\\IMG.JPG", "temp"),  # Windows separators, any case
]

USERS = [
    "Users/ann/Pictures/holiday.jpg",
    "sdcard/DCIM/Camera/IMG_0001.jpg",
    "sdcard/WhatsApp/Media/WhatsApp Images/IMG-1.jpg",
    "private/var/mobile/Media/DCIM/100APPLE/IMG_0001.JPG",
    "$Recycle.Bin/S-1-5-21/$RABCDEF.jpg",
    "Users/ann/Documents/cachet/notes.jpg",  # "cachet" is not a cache segment
    "Users/ann/Pictures/my thumbnails.jpg",  # a file name, not a thumbnails folder
    "Users/ann/Downloads/tmp.jpg",
]


@pytest.mark.parametrize(("path", "rule"), CACHES)
def test_cache_and_thumbnail_paths(path: str, rule: str) -> None:
    assert classify(path).where == CACHE
    assert classify(path).rule == rule


@pytest.mark.parametrize("path", USERS)
def test_user_storage_paths(path: str) -> None:
    location = classify(path)
    assert (location.where, location.rule) == (USER, None)


def test_every_rule_has_a_case_and_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert {rule for _path, rule in CACHES} == set(names)
