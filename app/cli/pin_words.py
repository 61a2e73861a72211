"""What each refused PIN check means, in the words every command prints."""

from __future__ import annotations

from app.core.admin_pin import PinVerdict

PIN_WORDS = {
    PinVerdict.WRONG: "PIN salah",
    PinVerdict.LOCKED: "PIN terkunci karena terlalu banyak percobaan salah; coba lagi nanti",
    PinVerdict.NOT_SET: "PIN supervisor belum dibuat; buat dengan: netra pin set",
    PinVerdict.MUST_CHANGE: "PIN ini terlalu pendek dan harus diganti dulu (minimal 6 angka): "
    "netra pin set",
    PinVerdict.REMOVED: "catatan PIN hilang dari basis data; PIN baru hanya dapat dibuat dengan "
    "kode pemulihan dari BKD: netra pin recover",
    PinVerdict.TAMPERED: "catatan PIN tidak sama dengan yang tercatat di jejak audit (diubah di "
    "luar Netra); pulihkan dengan kode dari BKD: netra pin recover",
}
