<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AbsencePanel</name>
    <message>
        <source>Cari nama, NIP atau unit kerja…</source>
        <translation>Search name, NIP or work unit…</translation>
    </message>
    <message>
        <source>Pilih orang pada tabel.</source>
        <translation>Choose a person in the table.</translation>
    </message>
    <message>
        <source>mis. surat dokter, SPT nomor …</source>
        <translation>e.g. doctor&apos;s note, travel order no. …</translation>
    </message>
    <message>
        <source>Simpan alasan</source>
        <translation>Save reason</translation>
    </message>
    <message>
        <source>Impor dari berkas…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Berkas .xlsx/.csv dengan kolom NIP, Alasan, Catatan:</source>
        <translation>An .xlsx/.csv file with the columns NIP, Alasan, Catatan:</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Alasan {name} tersimpan.</source>
        <translation>Reason for {name} saved.</translation>
    </message>
    <message>
        <source>Impor alasan tidak hadir</source>
        <translation>Import absence reasons</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan:</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <source>{count} alasan tercatat.</source>
        <translation>{count} reasons recorded.</translation>
    </message>
    <message>
        <source>Gagal: {message}</source>
        <translation>Failed: {message}</translation>
    </message>
</context>
<context>
    <name>AbsentTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / ID</source>
        <translation>NIP / ID</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AcaraView</name>
    <message>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Jadikan acara aktif</source>
        <translation>Make active event</translation>
    </message>
    <message>
        <source>Daftar acara</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Periksa kembali isian yang ditandai.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Ubah acara</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Gerbang terbuka: kehadiran dicatat.</source>
        <translation>Gate open: arrivals are recorded.</translation>
    </message>
    <message>
        <source>Tutup gerbang</source>
        <translation>Close the gate</translation>
    </message>
    <message>
        <source>Gerbang ditutup pukul {time}: kartu yang dipindai ditolak.</source>
        <translation>Gate closed at {time}: scanned badges are refused.</translation>
    </message>
    <message>
        <source>Buka kembali gerbang</source>
        <translation>Reopen the gate</translation>
    </message>
    <message>
        <source>Gerbang ditutup. Kode jangkar jejak audit: {code}.</source>
        <translation>Gate closed. Audit trail anchor code: {code}.</translation>
    </message>
    <message>
        <source>Rekaman belum tergabung dari: {names}.</source>
        <translation>Records not merged yet from: {names}.</translation>
    </message>
    <message>
        <source>Gerbang dibuka kembali.</source>
        <translation>Gate reopened.</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <source>PIN admin</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memeriksa PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Cadangan Netra (*.sqlite3)</source>
        <translation>Netra backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Seluruh isi basis data akan diganti dengan isi cadangan ini. Isi sekarang disimpan dulu sebagai berkas tersendiri. Lanjutkan?</source>
        <translation>The whole database will be replaced by this backup. The current contents are first saved to a separate file. Continue?</translation>
    </message>
    <message>
        <source>Pemulihan ditolak</source>
        <translation>Restore refused</translation>
    </message>
    <message>
        <source>Belum ada cadangan</source>
        <translation>Not backed up yet</translation>
    </message>
    <message>
        <source>Ada perubahan hari ini yang belum dicadangkan. Buat cadangan sekarang?</source>
        <translation>Today&apos;s changes are not backed up yet. Make a backup now?</translation>
    </message>
    <message>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Keluar tanpa cadangan</source>
        <translation>Quit without backup</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Basis data tidak dapat dibuka:</source>
        <translation>The database cannot be opened:</translation>
    </message>
    <message>
        <source>Basis data belum ada di:
{path}

Buat basis data baru yang kosong? Jika berkas itu terhapus atau dipindah, pilih Tidak, lalu pulihkan cadangan dengan: netra restore BERKAS_CADANGAN --db {path}</source>
        <translation>The database does not exist at:
{path}

Create a new, empty database? If that file was deleted or moved, choose No, then restore a backup with: netra restore BACKUP_FILE --db {path}</translation>
    </message>
    <message>
        <source>{damage}

Pulihkan cadangan terbaru {backup}? Berkas yang rusak disimpan terpisah.</source>
        <translation>{damage}

Restore the newest backup {backup}? The damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Stasiun terkunci. Menggabungkan jurnal memerlukan PIN admin.</source>
        <translation>The station is locked. Merging the journal needs the admin PIN.</translation>
    </message>
    <message>
        <source>Ada jurnal pemindaian dari saat basis data hilang:
{file}

Gabungkan sekarang? Setiap pindaian diputuskan lagi dengan aturan gerbang; yang sudah tercatat tidak ganda.</source>
        <translation>There is a journal of scans from when the database was gone:
{file}

Merge it now? Each scan is decided again by the gate&apos;s rules; nobody already recorded is counted twice.</translation>
    </message>
    <message>
        <source>PIN admin yang berlaku saat cadangan {backup} dibuat:</source>
        <translation>The admin PIN in force when the backup {backup} was made:</translation>
    </message>
    <message>
        <source>PIN admin ditolak. PIN admin yang berlaku saat cadangan {backup} dibuat:</source>
        <translation>Admin PIN refused. The admin PIN in force when the backup {backup} was made:</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>(tidak ada kamera)</source>
        <translation>(no camera)</translation>
    </message>
    <message>
        <source>Cari kamera</source>
        <translation>Find cameras</translation>
    </message>
    <message>
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <source>Tidak ada kamera terdeteksi. Pemindai USB dan kolom kode tetap dapat dipakai; colokkan kamera, daftar akan diperbarui.</source>
        <translation>No camera found. The USB scanner and the code field still work; plug in a camera and the list will update.</translation>
    </message>
    <message>
        <source>Menyalakan kamera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Matikan kamera</source>
        <translation>Turn camera off</translation>
    </message>
    <message>
        <source>{camera} menyala.</source>
        <translation>{camera} is on.</translation>
    </message>
    <message>
        <source>Nyalakan kamera</source>
        <translation>Turn camera on</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Batalkan kehadiran</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{id} · {unit}&lt;br&gt;tercatat pukul {time} di {station}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{id} · {unit}&lt;br&gt;recorded at {time} at {station}</translation>
    </message>
    <message>
        <source>mis. salah pindai kartu orang lain</source>
        <translation>e.g. scanned someone else&apos;s badge by mistake</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>PIN supervisor belum dibuat. Supervisor membuatnya sekarang:</source>
        <translation>No supervisor PIN has been set. The supervisor sets it now:</translation>
    </message>
    <message>
        <source>PIN supervisor</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message>
        <source>JAM LAPTOP INI {m} menit {s} detik LEBIH LAMBAT dari server. Setel jamnya; kehadiran tetap dicatat dengan jam server.</source>
        <translation>THIS LAPTOP&apos;S CLOCK IS {m} min {s} s BEHIND the server. Set it right; check-ins still get the server&apos;s time.</translation>
    </message>
    <message>
        <source>JAM LAPTOP INI {m} menit {s} detik LEBIH CEPAT dari server. Setel jamnya; kehadiran tetap dicatat dengan jam server.</source>
        <translation>THIS LAPTOP&apos;S CLOCK IS {m} min {s} s AHEAD of the server. Set it right; check-ins still get the server&apos;s time.</translation>
    </message>
    <message>
        <source>Jam meleset {sign}{m}:{s:02d} dari server</source>
        <translation>Clock off by {sign}{m}:{s:02d} from the server</translation>
    </message>
</context>
<context>
    <name>DaringPanel</name>
    <message>
        <source>Buka laporan peserta (CSV Zoom / Meet)…</source>
        <translation>Open participant report (Zoom / Meet CSV)…</translation>
    </message>
    <message>
        <source>Catat hadir daring</source>
        <translation>Record online attendance</translation>
    </message>
    <message>
        <source>Peserta dicocokkan dengan NIP 18 angka pada nama tampilan, atau dengan nama (gelar diabaikan). Yang belum cocok dapat dipilih pegawainya di bawah.</source>
        <translation>Participants are matched by an 18-digit NIP in their display name, or by name (titles ignored). For those not matched, choose the employee below.</translation>
    </message>
    <message>
        <source>Nama di rapat video</source>
        <translation>Name in the video meeting</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Laporan peserta rapat video</source>
        <translation>Video meeting participant report</translation>
    </message>
    <message>
        <source>Laporan peserta (*.csv *.xlsx)</source>
        <translation>Participant reports (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dipakai:</source>
        <translation>The file cannot be used:</translation>
    </message>
    <message>
        <source>{file}: {matched} peserta cocok otomatis, {left} belum cocok.</source>
        <translation>{file}: {matched} participants matched automatically, {left} not matched yet.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>{recorded} orang dicatat hadir daring; {already} sudah tercatat hadir.</source>
        <translation>{recorded} people recorded as attending online; {already} were already recorded as present.</translation>
    </message>
    <message>
        <source>Gagal: {message}</source>
        <translation>Failed: {message}</translation>
    </message>
    <message>
        <source>— belum dipilih —</source>
        <translation>— not chosen —</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Basis data stasiun</source>
        <translation>Station database</translation>
    </message>
    <message>
        <source>Berkas di laptop ini (satu stasiun saja)</source>
        <translation>A file on this laptop (one station only)</translation>
    </message>
    <message>
        <source>Server PostgreSQL bersama di jaringan acara</source>
        <translation>A shared PostgreSQL server on the venue network</translation>
    </message>
    <message>
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Semua gerbang satu acara memakai server yang sama. Bila server terputus, gerbang tetap memindai dan mengirim catatannya saat server kembali. Perubahan dipakai saat Netra dibuka lagi.</source>
        <translation>All gates of an event use the same server. If the server is lost, gates keep scanning and send their records when it is back. Changes apply when Netra is opened again.</translation>
    </message>
    <message>
        <source>Tulis alamat server, contoh: {url}</source>
        <translation>Type the server address, for example: {url}</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Uji koneksi dulu; hanya server yang dapat dipakai disimpan.</source>
        <translation>Test the connection first; only a usable server is saved.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Kehadiran yang sudah tercatat tetap aman; coba ulangi langkah terakhir. Rinciannya tersimpan di catatan aplikasi:
{file}</source>
        <translation>An unexpected error occurred. Check-ins already recorded are safe; try the last step again. The details are in the application log:
{file}</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Satu baris kop surat per baris</source>
        <translation>One letterhead line per line</translation>
    </message>
    <message>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>18 angka, boleh kosong</source>
        <translation>18 digits, may be empty</translation>
    </message>
    <message>
        <source>Judul acara</source>
        <translation>Event title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pimpinan apel</source>
        <translation>Presiding official</translation>
    </message>
    <message>
        <source>NIP pimpinan</source>
        <translation>Presiding official&apos;s NIP</translation>
    </message>
    <message>
        <source>Jabatan pimpinan</source>
        <translation>Presiding official&apos;s position</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Moments</translation>
    </message>
</context>
<context>
    <name>EventSwitcher</name>
    <message>
        <source>Ganti acara…</source>
        <translation>Switch event…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>keterangan</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>acara</source>
        <translation>event</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <source>nip</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>waktu bergabung</source>
        <translation>time joined</translation>
    </message>
    <message>
        <source>kepala tabel</source>
        <translation>table header</translation>
    </message>
    <message>
        <source>sesi</source>
        <translation>session</translation>
    </message>
    <message>
        <source>templat</source>
        <translation>template</translation>
    </message>
    <message>
        <source>isi</source>
        <translation>content</translation>
    </message>
    <message>
        <source>gerbang</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>stasiun</source>
        <translation>station</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>kunci</source>
        <translation>key</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>sertifikat</source>
        <translation>certificate</translation>
    </message>
</context>
<context>
    <name>GateCounters</name>
    <message>
        <source>Hadir / diharapkan</source>
        <translation>Present / expected</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation>Guests</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Tutup gerbang</source>
        <translation>Close the gate</translation>
    </message>
    <message>
        <source>Tutup gerbang &lt;b&gt;{title}&lt;/b&gt;? Setelah ditutup, kartu yang dipindai di setiap stasiun ditolak dan tidak ada kehadiran yang dicatat lagi. Penutupan dicatat di jejak audit bersama stasiun yang rekamannya sudah tergabung, lalu jangkar jejak audit dibuat.</source>
        <translation>Close the gate of &lt;b&gt;{title}&lt;/b&gt;? Once closed, badges scanned at every station are refused and no more arrivals are recorded. The closing goes into the audit trail with the stations whose records are merged, then an anchor of the audit trail is made.</translation>
    </message>
    <message>
        <source>Buka kembali gerbang</source>
        <translation>Reopen the gate</translation>
    </message>
    <message>
        <source>Gerbang &lt;b&gt;{title}&lt;/b&gt; ditutup pukul {time}. Membukanya kembali memerlukan PIN admin dan alasan; pembukaan dicatat di jejak audit.</source>
        <translation>The gate of &lt;b&gt;{title}&lt;/b&gt; was closed at {time}. Reopening it needs the admin PIN and a reason; the reopening goes into the audit trail.</translation>
    </message>
    <message>
        <source>mis. rombongan kecamatan terlambat</source>
        <translation>e.g. the district group arrived late</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menutup gerbang…</source>
        <translation>Closing the gate…</translation>
    </message>
    <message>
        <source>Membuka gerbang…</source>
        <translation>Reopening the gate…</translation>
    </message>
</context>
<context>
    <name>GerbangView</name>
    <message>
        <source>Suara</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Tempel atau ketik kode kartu, lalu Enter</source>
        <translation>Paste or type the badge code, then Enter</translation>
    </message>
    <message>
        <source>Lupa kartu…</source>
        <translation>Forgot badge…</translation>
    </message>
    <message>
        <source>Tamu tanpa undangan…</source>
        <translation>Walk-in guest…</translation>
    </message>
    <message>
        <source>Batalkan kehadiran…</source>
        <translation>Cancel check-in…</translation>
    </message>
    <message>
        <source>Stasiun</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>{n} kehadiran terakhir</source>
        <translation>Last {n} check-ins</translation>
    </message>
    <message>
        <source>Belum ada acara aktif. Pilih atau buat acara di Acara.</source>
        <translation>No active event. Choose or create one under Events.</translation>
    </message>
    <message>
        <source>Pilih dulu baris yang akan dibatalkan.</source>
        <translation>First select the row to cancel.</translation>
    </message>
    <message>
        <source>Pembatalan perlu server; tunggu sampai terhubung lagi.</source>
        <translation>Cancelling needs the server; wait until it is connected again.</translation>
    </message>
    <message>
        <source>Kehadiran {name} dibatalkan.</source>
        <translation>Check-in of {name} cancelled.</translation>
    </message>
    <message>
        <source>TIDAK TERCATAT — {why}</source>
        <translation>NOT RECORDED — {why}</translation>
    </message>
    <message>
        <source>OFFLINE, {n} menunggu — server tidak terhubung. Pemindaian tetap dicatat di laptop ini dan dikirim otomatis saat server kembali.</source>
        <translation>OFFLINE, {n} waiting — the server is not connected. Scans are still recorded on this laptop and sent automatically when the server is back.</translation>
    </message>
    <message>
        <source>Layar penuh</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Layar biasa</source>
        <translation>Normal view</translation>
    </message>
</context>
<context>
    <name>IkrarView</name>
    <message>
        <source>Satu butir per slide</source>
        <translation>One point per slide</translation>
    </message>
    <message>
        <source>Seluruh ikrar, butir disorot</source>
        <translation>Whole pledge, point highlighted</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ubah naskah</source>
        <translation>Edit script</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Tayangkan</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Layar pemimpin</source>
        <translation>Leader screen</translation>
    </message>
    <message>
        <source>Pengumuman (N)</source>
        <translation>Notice (N)</translation>
    </message>
    <message>
        <source>Hitam (B)</source>
        <translation>Black (B)</translation>
    </message>
    <message>
        <source>Logo (L)</source>
        <translation>Logo (L)</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Proyektor</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Pemimpin</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sekarang di layar</source>
        <translation>On screen now</translation>
    </message>
    <message>
        <source>Pengumuman</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>→ ↓ PgDn Spasi: maju · ← ↑ PgUp: mundur · B: layar hitam · L: logo saja · Esc: kembali tampil · N: pengumuman</source>
        <translation>→ ↓ PgDn Space: forward · ← ↑ PgUp: back · B: black screen · L: logo only · Esc: show again · N: notice</translation>
    </message>
    <message>
        <source> (disunting)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <source> (bawaan)</source>
        <translation> (built-in)</translation>
    </message>
    <message>
        <source>Jendela pratinjau</source>
        <translation>Preview window</translation>
    </message>
    <message>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <source>Tampil</source>
        <translation>Showing</translation>
    </message>
    <message>
        <source>LAYAR HITAM</source>
        <translation>BLACK SCREEN</translation>
    </message>
    <message>
        <source>LOGO SAJA</source>
        <translation>LOGO ONLY</translation>
    </message>
    <message>
        <source>Selamat datang (jumlah hadir)</source>
        <translation>Welcome (number present)</translation>
    </message>
    <message>
        <source>Pembuka: {title}</source>
        <translation>Opening: {title}</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Butir {number}: {text}</source>
        <translation>Point {number}: {text}</translation>
    </message>
    <message>
        <source>Layar peserta</source>
        <translation>Audience screen</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>menghitung sisa waktu…</source>
        <translation>estimating time left…</translation>
    </message>
    <message>
        <source>membatalkan…</source>
        <translation>cancelling…</translation>
    </message>
    <message>
        <source>{done} dari {total} {counted}</source>
        <translation>{done} of {total} {counted}</translation>
    </message>
    <message>
        <source>sisa ± {seconds} detik</source>
        <translation>about {seconds} s left</translation>
    </message>
    <message>
        <source>sisa ± {minutes} menit</source>
        <translation>about {minutes} min left</translation>
    </message>
</context>
<context>
    <name>KioskLock</name>
    <message>
        <source>Gerbang akan dikunci. Untuk membukanya nanti diperlukan PIN admin.</source>
        <translation>The gate will be locked. Unlocking it later needs the admin PIN.</translation>
    </message>
    <message>
        <source>Buka kunci gerbang: masukkan PIN admin.</source>
        <translation>Unlock the gate: enter the admin PIN.</translation>
    </message>
    <message>
        <source>Gerbang terkunci. {action} memerlukan PIN admin.</source>
        <translation>The gate is locked. {action} needs the admin PIN.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Apel</source>
        <translation>Assembly</translation>
    </message>
    <message>
        <source>Deklarasi</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>NON ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>OPD / satuan kerja</source>
        <translation>OPD / agency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kepala Daerah</source>
        <translation>Regional Head</translation>
    </message>
    <message>
        <source>Wakil Kepala Daerah</source>
        <translation>Deputy Regional Head</translation>
    </message>
    <message>
        <source>Sekretaris Daerah</source>
        <translation>Regional Secretary</translation>
    </message>
    <message>
        <source>Asisten</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Kepala OPD</source>
        <translation>Head of OPD</translation>
    </message>
    <message>
        <source>Camat</source>
        <translation>District Head</translation>
    </message>
    <message>
        <source>Kepala Desa / Lurah</source>
        <translation>Village Head</translation>
    </message>
    <message>
        <source>Pejabat lain</source>
        <translation>Other official</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>Cuti</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Hijau pemerintahan</source>
        <translation>Government green</translation>
    </message>
    <message>
        <source>Biru malam</source>
        <translation>Night blue</translation>
    </message>
    <message>
        <source>Merah putih</source>
        <translation>Red and white</translation>
    </message>
    <message>
        <source>Hitam</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>Putih (ruang terang)</source>
        <translation>White (bright room)</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Alasan belum dicatat</source>
        <translation>No reason recorded yet</translation>
    </message>
</context>
<context>
    <name>LaporanBundlePanel</name>
    <message>
        <source>Keterangan foto</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <source>Simpan keterangan</source>
        <translation>Save caption</translation>
    </message>
    <message>
        <source>Tambah foto…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Tambah folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Hapus dari laporan</source>
        <translation>Remove from report</translation>
    </message>
    <message>
        <source>2 foto per halaman</source>
        <translation>2 photos per page</translation>
    </message>
    <message>
        <source>4 foto per halaman</source>
        <translation>4 photos per page</translation>
    </message>
    <message>
        <source>Buat laporan…</source>
        <translation>Build report…</translation>
    </message>
    <message>
        <source>Foto dokumentasi</source>
        <translation>Documentation photos</translation>
    </message>
    <message>
        <source>Tambah foto dokumentasi</source>
        <translation>Add documentation photos</translation>
    </message>
    <message>
        <source>Gambar (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Memeriksa foto…</source>
        <translation>Checking photos…</translation>
    </message>
    <message>
        <source>Folder foto dokumentasi</source>
        <translation>Folder of documentation photos</translation>
    </message>
    <message>
        <source>Foto laporan diperbarui.</source>
        <translation>Report photos updated.</translation>
    </message>
    <message>
        <source>Simpan laporan ke folder</source>
        <translation>Save the report to a folder</translation>
    </message>
    <message>
        <source>Menyusun laporan pelaksanaan…</source>
        <translation>Building the implementation report…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gagal: {message}</source>
        <translation>Failed: {message}</translation>
    </message>
    <message>
        <source>Laporan ({pages} halaman) tersimpan dan ditandatangani:
{pdf}
{zip}</source>
        <translation>Report ({pages} pages) saved and digitally signed:
{pdf}
{zip}</translation>
    </message>
    <message>
        <source>Pembuatan laporan dibatalkan; tidak ada berkas.</source>
        <translation>Report build cancelled; no files were written.</translation>
    </message>
</context>
<context>
    <name>LaporanForm</name>
    <message>
        <source>Satu peraturan per baris</source>
        <translation>One regulation per line</translation>
    </message>
    <message>
        <source>Satu acara per baris, berurutan</source>
        <translation>One programme item per line, in order</translation>
    </message>
    <message>
        <source>Simpan teks laporan</source>
        <translation>Save report text</translation>
    </message>
    <message>
        <source>Isi dengan teks bawaan</source>
        <translation>Fill with the default text</translation>
    </message>
    <message>
        <source>Latar belakang</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Maksud dan tujuan</source>
        <translation>Purpose and objectives</translation>
    </message>
    <message>
        <source>Susunan acara</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Simpulan dan saran</source>
        <translation>Conclusions and recommendations</translation>
    </message>
    <message>
        <source>Yang dinyatakan (berita acara)</source>
        <translation>What was declared (official record)</translation>
    </message>
    <message>
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Saksi I</source>
        <translation>Witness I</translation>
    </message>
    <message>
        <source>Saksi II</source>
        <translation>Witness II</translation>
    </message>
    <message>
        <source>Teks bawaan diisikan; tekan Simpan untuk menyimpannya.</source>
        <translation>Default text filled in; press Save to keep it.</translation>
    </message>
    <message>
        <source>Teks laporan tersimpan.</source>
        <translation>Report text saved.</translation>
    </message>
</context>
<context>
    <name>LaporanView</name>
    <message>
        <source>Rekap per unit dan yang tidak hadir</source>
        <translation>Summary per unit and absentees</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Ketidakhadiran</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Daring (Zoom / Meet)</source>
        <translation>Online (Zoom / Meet)</translation>
    </message>
    <message>
        <source>Laporan pelaksanaan</source>
        <translation>Implementation report</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <source>Buat atau pilih acara di Acara; daftar hadir dan ekspor tampil di sini.</source>
        <translation>Create or choose an event under Events; the attendance sheet and exports appear here.</translation>
    </message>
    <message>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <source>Hadir {present} dari {expected} ({share}) · terlambat {late} · tidak hadir {absent}</source>
        <translation>Present {present} of {expected} ({share}) · late {late} · absent {absent}</translation>
    </message>
    <message>
        <source>Menyusun daftar hadir…</source>
        <translation>Preparing the attendance sheet…</translation>
    </message>
    <message>
        <source>Menyusun pratinjau</source>
        <translation>Drawing the preview</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Pratinjau dibatalkan. Pilih laporan, unit kerja atau kertas untuk menyusunnya lagi.</source>
        <translation>Preview cancelled. Choose a report, unit or paper to draw it again.</translation>
    </message>
    <message>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{pages} halaman dikirim ke pencetak.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Simpan daftar hadir</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <source>Menyimpan PDF</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <source>Mengekspor</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Tersimpan dan ditandatangani digital: {path}
Sidik jari sertifikat: {print}</source>
        <translation>Saved and digitally signed: {path}
Certificate fingerprint: {print}</translation>
    </message>
    <message>
        <source>Ekspor data kehadiran</source>
        <translation>Export attendance data</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({people} orang)</source>
        <translation>Saved: {path} ({people} people)</translation>
    </message>
    <message>
        <source>Gagal: {message}</source>
        <translation>Failed: {message}</translation>
    </message>
    <message>
        <source>Daftar hadir untuk ditandatangani saat apel</source>
        <translation>Attendance sheet to sign during the apel</translation>
    </message>
    <message>
        <source>Daftar hadir setelah apel: status, jam datang, alasan</source>
        <translation>Attendance record after the apel: status, arrival, reason</translation>
    </message>
    <message>
        <source>Lengkap: daftar hadir setelah apel dan rekap</source>
        <translation>Complete: attendance record and recap</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (folio)</source>
        <translation>F4 (folio)</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kunci ke Gerbang</source>
        <translation>&amp;Lock to the Gate</translation>
    </message>
    <message>
        <source>&amp;Cadangkan basis data…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>Membuat cadangan</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Basis &amp;data…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Gabungkan rekaman stasiun…</source>
        <translation>&amp;Merge station records…</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ikuti sistem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Mengganti bahasa</source>
        <translation>Changing the language</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai saat Netra dibuka lagi.</source>
        <translation>The new language is used the next time Netra starts.</translation>
    </message>
    <message>
        <source>Mengganti basis data</source>
        <translation>Changing the database</translation>
    </message>
    <message>
        <source>Basis data baru dipakai saat Netra dibuka lagi.</source>
        <translation>The new database is used when Netra is opened again.</translation>
    </message>
    <message>
        <source>Pilih acara lebih dulu.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <source>Menggabungkan rekaman stasiun</source>
        <translation>Merging station records</translation>
    </message>
    <message>
        <source>Menutup Netra</source>
        <translation>Closing Netra</translation>
    </message>
    <message>
        <source>Memulihkan cadangan</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <source>{station} · terkunci</source>
        <translation>{station} · locked</translation>
    </message>
    <message>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <source>Hadir {present} / {expected}</source>
        <translation>Present {present} / {expected}</translation>
    </message>
    <message>
        <source>BASIS DATA HILANG/RUSAK — pemindaian dihentikan</source>
        <translation>DATABASE GONE/DAMAGED — scanning stopped</translation>
    </message>
    <message>
        <source>Server terhubung</source>
        <translation>Server connected</translation>
    </message>
    <message>
        <source>OFFLINE, {n} menunggu</source>
        <translation>OFFLINE, {n} waiting</translation>
    </message>
    <message>
        <source>Mengganti acara</source>
        <translation>Switching the event</translation>
    </message>
    <message>
        <source>Buat acara baru di Acara.</source>
        <translation>Create a new event under Events.</translation>
    </message>
    <message>
        <source>&amp;Stasiun…</source>
        <translation>&amp;Stations…</translation>
    </message>
</context>
<context>
    <name>ManualPanel</name>
    <message>
        <source>Lupa kartu: cari nama atau NIP</source>
        <translation>Forgot badge: search by name or NIP</translation>
    </message>
    <message>
        <source>Ketik nama atau NIP…</source>
        <translation>Type a name or NIP…</translation>
    </message>
    <message>
        <source>Kartu tertinggal</source>
        <translation>Badge left at home</translation>
    </message>
    <message>
        <source>Kartu hilang</source>
        <translation>Badge lost</translation>
    </message>
    <message>
        <source>Kartu rusak</source>
        <translation>Badge damaged</translation>
    </message>
    <message>
        <source>Catat hadir</source>
        <translation>Record as present</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tidak ditemukan di daftar peserta acara ini.</source>
        <translation>Not found on this event&apos;s list.</translation>
    </message>
    <message>
        <source>Pilih orangnya dulu dari hasil pencarian.</source>
        <translation>First choose the person from the search results.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>MomentBar</name>
    <message>
        <source>Mencatat sesi</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Otomatis (menurut jam)</source>
        <translation>Automatic (by the clock)</translation>
    </message>
    <message>
        <source>otomatis menurut jam · terlambat setelah {late}</source>
        <translation>automatic by the clock · late after {late}</translation>
    </message>
    <message>
        <source>dipilih manual · terlambat setelah {late}</source>
        <translation>chosen by hand · late after {late}</translation>
    </message>
</context>
<context>
    <name>MomentsEditor</name>
    <message>
        <source>Nama sesi</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Terlambat setelah</source>
        <translation>Late after</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Tambah sesi (mis. Pulang)</source>
        <translation>Add a moment (e.g. Departure)</translation>
    </message>
</context>
<context>
    <name>OfficialFields</name>
    <message>
        <source>Nama dan gelar</source>
        <translation>Name and titles</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>PaktaPaperPanel</name>
    <message>
        <source>Cetak lembar…</source>
        <translation>Print sheets…</translation>
    </message>
    <message>
        <source>Baca pindaian PDF…</source>
        <translation>Read scanned PDF…</translation>
    </message>
    <message>
        <source>Baca folder gambar…</source>
        <translation>Read image folder…</translation>
    </message>
    <message>
        <source>Daftar belum tanda tangan…</source>
        <translation>Not yet signed list…</translation>
    </message>
    <message>
        <source>Arsip per unit…</source>
        <translation>Archive per unit…</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Di layar</source>
        <translation>On screen</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Kembali
kosong</source>
        <translation>Returned
empty</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not
signed</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Halaman yang perlu diperiksa</source>
        <translation>Pages to check</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>{signed} dari {expected} pegawai sudah menandatangani ({screen} di layar, {paper} di kertas); {empty} lembar kembali kosong; {missing} belum.</source>
        <translation>{signed} of {expected} employees have signed ({screen} on screen, {paper} on paper); {empty} sheets returned empty; {missing} not yet.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Menyiapkan lembar pakta</source>
        <translation>Preparing pakta sheets</translation>
    </message>
    <message>
        <source>lembar</source>
        <translation>sheets</translation>
    </message>
    <message>
        <source>Membaca pindaian</source>
        <translation>Reading scans</translation>
    </message>
    <message>
        <source>halaman</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>Dibatalkan; halaman yang sudah dibaca tetap tercatat. </source>
        <translation>Cancelled; the pages already read stay recorded. </translation>
    </message>
    <message>
        <source>{sheets} lembar untuk {units} unit disimpan ke {file}.</source>
        <translation>{sheets} sheets for {units} units saved to {file}.</translation>
    </message>
    <message>
        <source>{pages} halaman dibaca: {stored} tercatat, {before} sudah tercatat sebelumnya, {problems} perlu diperiksa.</source>
        <translation>{pages} pages read: {stored} recorded, {before} recorded before, {problems} to check.</translation>
    </message>
    <message>
        <source>Menulis daftar tindak lanjut…</source>
        <translation>Writing the follow-up list…</translation>
    </message>
    <message>
        <source>Daftar {rows} orang yang belum menandatangani disimpan ke {file}.</source>
        <translation>List of {rows} people who have not signed saved to {file}.</translation>
    </message>
    <message>
        <source>Menulis arsip per unit…</source>
        <translation>Writing the archive per unit…</translation>
    </message>
    <message>
        <source>{pages} halaman bertanda tangan dalam {files} PDF disimpan.</source>
        <translation>{pages} signed pages saved in {files} PDFs.</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Pekerjaan terhenti karena kesalahan tak terduga. Halaman yang sudah tercatat tetap tersimpan; ulangi untuk melanjutkan.</source>
        <translation>The work stopped on an unexpected error. Pages already recorded stay stored; run it again to continue.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pilih folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Pilih PDF hasil pindaian</source>
        <translation>Choose the scanned PDF</translation>
    </message>
</context>
<context>
    <name>PaktaSignersPanel</name>
    <message>
        <source>Cari nama, NIP, jabatan atau unit kerja…</source>
        <translation>Search name, NIP, position or work unit…</translation>
    </message>
    <message>
        <source>Peran menurut jabatan</source>
        <translation>Role from position</translation>
    </message>
    <message>
        <source>Tandai sebagai penanda tangan</source>
        <translation>Mark as signer</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Urutkan menurut jabatan</source>
        <translation>Sort by rank</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Hapus dari daftar</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Pilih dari daftar pegawai</source>
        <translation>Choose from the employee list</translation>
    </message>
    <message>
        <source>Urutan penandatanganan</source>
        <translation>Signing order</translation>
    </message>
    <message>
        <source>✓ Sudah</source>
        <translation>✓ Signed</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Pilih dulu pegawai dari daftar di kiri.</source>
        <translation>First choose an employee from the list on the left.</translation>
    </message>
    <message>
        <source>{name} ditandai sebagai penanda tangan.</source>
        <translation>{name} marked as a signer.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PaktaSigningPanel</name>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Batalkan goresan</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Tampilkan di proyektor</source>
        <translation>Show on projector</translation>
    </message>
    <message>
        <source>Tanda tangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Penanda tangan:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Simpan tanda tangan {name} pada pakta integritas ini?</source>
        <translation>Save {name}&apos;s signature on this integrity pact?</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Ganti tanda tangan</source>
        <translation>Replace signature</translation>
    </message>
    <message>
        <source>{name} sudah menandatangani pakta ini. Ganti tanda tangan sebelumnya dengan yang baru? Keduanya tetap tercatat di log audit.</source>
        <translation>{name} has already signed this pact. Replace the earlier signature with the new one? Both stay recorded in the audit log.</translation>
    </message>
    <message>
        <source>Tersimpan. Sidik jari {short}…</source>
        <translation>Saved. Fingerprint {short}…</translation>
    </message>
    <message>
        <source>Belum ada penanda tangan. Tandai pejabat yang menandatangani di tab Penanda tangan.</source>
        <translation>No signers yet. Mark the officials who sign in the Signers tab.</translation>
    </message>
    <message>
        <source>Sudah ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>Mode penandatanganan</source>
        <translation>Signing mode</translation>
    </message>
    <message>
        <source>Layar biasa</source>
        <translation>Normal view</translation>
    </message>
</context>
<context>
    <name>PaktaTemplateDialog</name>
    <message>
        <source>Templat pakta integritas</source>
        <translation>Integrity pact template</translation>
    </message>
    <message>
        <source>Isian yang dikenal: {names}. Baris yang diawali # tidak dicetak.</source>
        <translation>Known fields: {names}. Lines starting with # are not printed.</translation>
    </message>
    <message>
        <source>Kembalikan templat bawaan</source>
        <translation>Restore built-in template</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PaktaView</name>
    <message>
        <source>Penandatanganan</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Lembar kertas (semua pegawai)</source>
        <translation>Paper sheets (all employees)</translation>
    </message>
    <message>
        <source>Templat pakta…</source>
        <translation>Pact template…</translation>
    </message>
    <message>
        <source>Ekspor PDF gabungan…</source>
        <translation>Export combined PDF…</translation>
    </message>
    <message>
        <source>Belum ada acara</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <source>Buat atau pilih acara di Acara lebih dulu; lalu tandai pejabat yang menandatangani pakta integritas.</source>
        <translation>First create or choose an event under Events; then mark the officials who sign the integrity pact.</translation>
    </message>
    <message>
        <source>Templat tersimpan.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>Menyimpan {file}…</source>
        <translation>Saving {file}…</translation>
    </message>
    <message>
        <source>{pages} pakta disimpan ke {file}.</source>
        <translation>{pages} pacts saved to {file}.</translation>
    </message>
    <message>
        <source>Layar: {done} dari {total}</source>
        <translation>Screen: {done} of {total}</translation>
    </message>
    <message>
        <source>Kertas: {signed} dari {expected}</source>
        <translation>Paper: {signed} of {expected}</translation>
    </message>
    <message>
        <source>Pejabat yang menandatangani di layar, dan lembar kertas bertanda tangan dari semua pegawai acara ini.</source>
        <translation>Officials who signed on screen, and the signed paper sheets of all of this event&apos;s employees.</translation>
    </message>
    <message>
        <source>Simpan PDF pakta integritas</source>
        <translation>Save integrity pact PDF</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Belum ada pratinjau.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <source>Halaman {page} dari {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>{status} (nonaktif)</source>
        <translation>{status} (inactive)</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / ID</source>
        <translation>NIP / ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ubah pegawai</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja / OPD</source>
        <translation>Work unit / OPD</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Belum ada foto</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <source>Pilih foto…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Pilih foto</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>Gambar (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PesertaView</name>
    <message>
        <source>Cari nama, NIP, jabatan atau unit kerja…</source>
        <translation>Search name, NIP, position or work unit…</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Impor daftar pegawai…</source>
        <translation>Import employee list…</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Impor folder foto…</source>
        <translation>Import photo folder…</translation>
    </message>
    <message>
        <source>Cetak kartu QR…</source>
        <translation>Print QR badges…</translation>
    </message>
    <message>
        <source>Kartu QR peserta aktif sebagai PDF, untuk unit kerja yang dipilih di bawah</source>
        <translation>QR badges of the active participants as a PDF, for the unit chosen below</translation>
    </message>
    <message>
        <source>Belum ada peserta</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <source>Impor daftar pegawai dari berkas Excel atau CSV ekspor SIASN/SIMPEG dengan tombol di atas, atau tambahkan satu per satu. Dari baris perintah: netra roster import BERKAS --event NOMOR.</source>
        <translation>Import the employee list from an Excel or CSV export of SIASN/SIMPEG with the button above, or add people one by one. From the command line: netra roster import FILE --event NUMBER.</translation>
    </message>
    <message>
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <source>{shown} dari {total} orang</source>
        <translation>{shown} of {total} people</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Pilih daftar pegawai</source>
        <translation>Choose employee list</translation>
    </message>
    <message>
        <source>Daftar pegawai (*.xlsx *.csv)</source>
        <translation>Employee lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>{rows} baris diimpor: {new} baru, {updated} diperbarui, {same} tetap.</source>
        <translation>{rows} rows imported: {new} new, {updated} updated, {same} unchanged.</translation>
    </message>
    <message>
        <source>Gagal: {message}</source>
        <translation>Failed: {message}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Pilih folder foto (NIP.jpg)</source>
        <translation>Choose photo folder (NIP.jpg)</translation>
    </message>
    <message>
        <source>{stored} foto disimpan.</source>
        <translation>{stored} photos saved.</translation>
    </message>
    <message>
        <source>{count} berkas tanpa pegawai dengan NIP itu: {names}</source>
        <translation>{count} files with no employee of that NIP: {names}</translation>
    </message>
    <message>
        <source>{count} berkas bukan gambar: {names}</source>
        <translation>{count} files are not images: {names}</translation>
    </message>
    <message>
        <source>Simpan kartu QR</source>
        <translation>Save QR badges</translation>
    </message>
    <message>
        <source>Menyusun kartu QR</source>
        <translation>Drawing QR badges</translation>
    </message>
    <message>
        <source>kartu</source>
        <translation>badges</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>{badges} kartu di {pages} halaman disimpan ke {file}.</source>
        <translation>{badges} badges on {pages} pages saved to {file}.</translation>
    </message>
</context>
<context>
    <name>PinFields</name>
    <message>
        <source>PIN baru (6–12 angka)</source>
        <translation>New PIN (6–12 digits)</translation>
    </message>
    <message>
        <source>Ulangi PIN baru</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <source>Kedua PIN baru tidak sama.</source>
        <translation>The two new PINs do not match.</translation>
    </message>
    <message>
        <source>Menyimpan PIN baru…</source>
        <translation>Saving the new PIN…</translation>
    </message>
    <message>
        <source>PIN admin belum dibuat. Buat sekarang (disimpan teracak):</source>
        <translation>No admin PIN yet. Create it now (stored hashed):</translation>
    </message>
    <message>
        <source>PIN admin</source>
        <translation>Admin PIN</translation>
    </message>
</context>
<context>
    <name>PinMessages</name>
    <message>
        <source>PIN salah. Sisa {n} kali percobaan.</source>
        <translation>Wrong PIN. {n} tries left.</translation>
    </message>
    <message>
        <source>PIN terkunci sampai pukul {time} karena terlalu banyak salah.</source>
        <translation>PIN locked until {time} after too many wrong tries.</translation>
    </message>
    <message>
        <source>PIN ini terlalu pendek. Buat PIN baru (minimal {n} angka).</source>
        <translation>This PIN is too short. Make a new PIN (at least {n} digits).</translation>
    </message>
    <message>
        <source>Catatan PIN di basis data hilang atau diubah. PIN baru hanya dapat dibuat dengan kode pemulihan dari BKD (netra pin recover).</source>
        <translation>The PIN record in the database is missing or was changed. A new PIN can only be made with a recovery code from HR (netra pin recover).</translation>
    </message>
    <message>
        <source>PIN belum dibuat.</source>
        <translation>No PIN has been set.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Acara</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Gerbang</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Ikrar</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>Pakta Integritas</source>
        <translation>Integrity Pact</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / ID</source>
        <translation>NIP / ID</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Gerbang</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>tamu</source>
        <translation>guest</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>acara nomor {event} tidak ditemukan</source>
        <translation>event number {event} not found</translation>
    </message>
    <message>
        <source>acara tidak ditemukan</source>
        <translation>event not found</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; tidak ada di daftar peserta acara ini</source>
        <translation>&apos;{number}&apos; is not on this event&apos;s participant list</translation>
    </message>
    <message>
        <source>catatan paling panjang {max} karakter</source>
        <translation>the note may be at most {max} characters</translation>
    </message>
    <message>
        <source>{person} sudah tercatat hadir</source>
        <translation>{person} is already recorded as present</translation>
    </message>
    <message>
        <source>alasan &apos;{reason}&apos; tidak dikenal; pilih salah satu: {choices}</source>
        <translation>reason &apos;{reason}&apos; is not known; choose one of: {choices}</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; ditulis sebagai angka dan kehilangan digit; format kolom ini sebagai teks</source>
        <translation>&apos;{number}&apos; was written as a number and lost digits; format this column as text</translation>
    </message>
    <message>
        <source>orang yang sama sudah ada di baris {first}</source>
        <translation>the same person is already on row {first}</translation>
    </message>
    <message>
        <source>berkas tidak berisi satu baris pun</source>
        <translation>the file holds no rows</translation>
    </message>
    <message>
        <source>bukan laporan peserta Zoom atau Google Meet: kolom &apos;Name (Original Name)&apos; / &apos;First name&apos; dan &apos;Join Time&apos; / &apos;Time joined&apos; tidak ditemukan</source>
        <translation>not a Zoom or Google Meet participant report: the columns &apos;Name (Original Name)&apos; / &apos;First name&apos; and &apos;Join Time&apos; / &apos;Time joined&apos; were not found</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; bukan waktu yang dikenali</source>
        <translation>&apos;{text}&apos; is not a time that can be read</translation>
    </message>
    <message>
        <source>tanggal {date} bukan hari acara ({day})</source>
        <translation>the date {date} is not the day of the event ({day})</translation>
    </message>
    <message>
        <source>berkas tidak berisi satu peserta pun</source>
        <translation>the file holds no participants</translation>
    </message>
    <message>
        <source>kolom {wanted} tidak ditemukan di {rows} baris pertama</source>
        <translation>the columns {wanted} were not found in the first {rows} rows</translation>
    </message>
    <message>
        <source>judul acara wajib diisi</source>
        <translation>the event title is required</translation>
    </message>
    <message>
        <source>judul acara paling panjang {max} karakter</source>
        <translation>the event title may be at most {max} characters</translation>
    </message>
    <message>
        <source>batas terlambat tidak boleh sebelum jam mulai</source>
        <translation>the late mark may not be before the start time</translation>
    </message>
    <message>
        <source>tempat acara wajib diisi</source>
        <translation>the venue is required</translation>
    </message>
    <message>
        <source>nama instansi penyelenggara wajib diisi</source>
        <translation>the organising agency is required</translation>
    </message>
    <message>
        <source>kop surat paling banyak {max} baris</source>
        <translation>the letterhead may have at most {max} lines</translation>
    </message>
    <message>
        <source>logo harus berkas gambar PNG atau JPEG</source>
        <translation>the logo must be a PNG or JPEG image</translation>
    </message>
    <message>
        <source>nama pimpinan wajib diisi bila NIP diisi</source>
        <translation>the presiding official&apos;s name is required when the NIP is given</translation>
    </message>
    <message>
        <source>NIP harus 18 angka, tertulis {length} karakter</source>
        <translation>a NIP has 18 digits; {length} characters were typed</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka</source>
        <translation>a NIP may contain digits only</translation>
    </message>
    <message>
        <source>tanggal lahir pada NIP ({birth}) bukan tanggal yang ada</source>
        <translation>the birth date in the NIP ({birth}) is not a real date</translation>
    </message>
    <message>
        <source>digit jenis kelamin pada NIP harus 1 atau 2, tertulis {digit}</source>
        <translation>the sex digit in the NIP must be 1 or 2; it is {digit}</translation>
    </message>
    <message>
        <source>bulan TMT pada NIP ({month}) harus 01 sampai 12</source>
        <translation>the appointment month in the NIP ({month}) must be 01 to 12</translation>
    </message>
    <message>
        <source>TMT pada NIP lebih awal dari usia 18 tahun</source>
        <translation>the appointment date in the NIP is before the age of 18</translation>
    </message>
    <message>
        <source>tahun TMT pada NIP ({year}) belum tiba</source>
        <translation>the appointment year in the NIP ({year}) is still to come</translation>
    </message>
    <message>
        <source>NIK harus 16 angka</source>
        <translation>a NIK has 16 digits</translation>
    </message>
    <message>
        <source>judul naskah wajib diisi</source>
        <translation>the script title is required</translation>
    </message>
    <message>
        <source>judul naskah paling panjang {max} karakter</source>
        <translation>the script title may be at most {max} characters</translation>
    </message>
    <message>
        <source>kalimat pembuka paling panjang {max} karakter</source>
        <translation>the opening line may be at most {max} characters</translation>
    </message>
    <message>
        <source>naskah harus berisi paling sedikit satu butir</source>
        <translation>the script needs at least one point</translation>
    </message>
    <message>
        <source>naskah paling banyak {max} butir</source>
        <translation>the script may have at most {max} points</translation>
    </message>
    <message>
        <source>butir {number} paling panjang {max} karakter</source>
        <translation>point {number} may be at most {max} characters</translation>
    </message>
    <message>
        <source>kalimat penutup paling panjang {max} karakter</source>
        <translation>the closing line may be at most {max} characters</translation>
    </message>
    <message>
        <source>nama tamu wajib diisi</source>
        <translation>the guest&apos;s name is required</translation>
    </message>
    <message>
        <source>nomor identitas (NIP, NIK atau lainnya) wajib diisi</source>
        <translation>an identity number (NIP, NIK or other) is required</translation>
    </message>
    <message>
        <source>nomor identitas: huruf/angka, paling panjang {max}</source>
        <translation>identity number: letters/digits, at most {max}</translation>
    </message>
    <message>
        <source>alasan wajib diisi</source>
        <translation>a reason is required</translation>
    </message>
    <message>
        <source>paling panjang {max} karakter</source>
        <translation>at most {max} characters</translation>
    </message>
    <message>
        <source>{person} ({number}) sudah dikeluarkan dari daftar pegawai (nonaktif), jadi tidak dapat dicatat hadir</source>
        <translation>{person} ({number}) was removed from the employee list (inactive), so cannot be recorded as present</translation>
    </message>
    <message>
        <source>warna {name} harus ditulis #RRGGBB</source>
        <translation>the colour {name} must be written #RRGGBB</translation>
    </message>
    <message>
        <source>warna {name} kurang kontras dengan latar ({ratio}:1, minimal {minimum}:1)</source>
        <translation>the colour {name} has too little contrast with the background ({ratio}:1, at least {minimum}:1)</translation>
    </message>
    <message>
        <source>huruf harus salah satu dari: {fonts}</source>
        <translation>the font must be one of: {fonts}</translation>
    </message>
    <message>
        <source>gambar latar harus berkas PNG atau JPEG</source>
        <translation>the background image must be a PNG or JPEG file</translation>
    </message>
    <message>
        <source>teks pakta tidak boleh kosong</source>
        <translation>the pact text may not be empty</translation>
    </message>
    <message>
        <source>isian {{{name}}} tidak dikenal; yang dikenal: {known}</source>
        <translation>the field {{{name}}} is not known; known fields: {known}</translation>
    </message>
    <message>
        <source>templat harus memuat {{nama}}</source>
        <translation>the template must contain {{nama}}</translation>
    </message>
    <message>
        <source>tempat penandatanganan wajib diisi</source>
        <translation>the place of signing is required</translation>
    </message>
    <message>
        <source>kolom NAMA tidak ditemukan; tentukan kolom nama</source>
        <translation>no NAMA column found; choose the name column</translation>
    </message>
    <message>
        <source>kolom NIP atau NIK tidak ditemukan</source>
        <translation>no NIP or NIK column found</translation>
    </message>
    <message>
        <source>tidak ada baris data di bawah judul kolom</source>
        <translation>there are no data rows below the column headings</translation>
    </message>
    <message>
        <source>{number} sudah tertulis di baris {first}</source>
        <translation>{number} is already on row {first}</translation>
    </message>
    <message>
        <source>status &apos;{status}&apos; tidak dikenal; gunakan PNS, PPPK atau NON ASN</source>
        <translation>status &apos;{status}&apos; is not known; use PNS, PPPK or NON ASN</translation>
    </message>
    <message>
        <source>pegawai NON ASN memerlukan NIK (16 angka) atau nomor pegawai</source>
        <translation>a NON ASN employee needs a NIK (16 digits) or an employee number</translation>
    </message>
    <message>
        <source>nomor pegawai hanya boleh berisi huruf dan angka</source>
        <translation>an employee number may contain letters and digits only</translation>
    </message>
    <message>
        <source>nomor pegawai paling panjang {max} karakter</source>
        <translation>an employee number may be at most {max} characters</translation>
    </message>
    <message>
        <source>NIP wajib diisi untuk {status}</source>
        <translation>a NIP is required for {status}</translation>
    </message>
    <message>
        <source>nama wajib diisi</source>
        <translation>the name is required</translation>
    </message>
    <message>
        <source>jenis kelamin &apos;{gender}&apos; tidak dikenal; isi L atau P</source>
        <translation>sex &apos;{gender}&apos; is not known; write L or P</translation>
    </message>
    <message>
        <source>angka {shown} telah dibulatkan Excel (digit terakhir hilang); format kolom sebagai Teks, ketik ulang nomornya, lalu impor lagi</source>
        <translation>the number {shown} was rounded by Excel (the last digits are lost); format the column as Text, type the number again, then import again</translation>
    </message>
    <message>
        <source>{text} adalah angka yang dibulatkan Excel; format kolom sebagai Teks, ketik ulang nomornya, lalu impor lagi</source>
        <translation>{text} is a number rounded by Excel; format the column as Text, type the number again, then import again</translation>
    </message>
    <message>
        <source>{text} berakhiran 000: kemungkinan dibulatkan Excel; format kolom sebagai Teks, ketik ulang nomornya, lalu impor lagi</source>
        <translation>{text} ends in 000: probably rounded by Excel; format the column as Text, type the number again, then import again</translation>
    </message>
    <message>
        <source>peserta atau acara tidak ditemukan</source>
        <translation>participant or event not found</translation>
    </message>
    <message>
        <source>nomor ini milik {person} di daftar pegawai; cari namanya di Lupa kartu</source>
        <translation>this number belongs to {person} on the employee list; look the name up under Forgot badge</translation>
    </message>
    <message>
        <source>alasan pembatalan wajib diisi</source>
        <translation>a reason for cancelling is required</translation>
    </message>
    <message>
        <source>orang ini belum tercatat hadir</source>
        <translation>this person is not recorded as present</translation>
    </message>
    <message>
        <source>orang ini tidak ditemukan lagi</source>
        <translation>this person can no longer be found</translation>
    </message>
    <message>
        <source>unit kerja &apos;{unit}&apos; tidak ada di acara ini</source>
        <translation>work unit &apos;{unit}&apos; is not in this event</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; tidak ada pada acara ini; unit yang ada: {units}</source>
        <translation>unit &apos;{unit}&apos; is not in this event; the units are: {units}</translation>
    </message>
    <message>
        <source>acara ini belum memiliki peserta aktif</source>
        <translation>this event has no active participants yet</translation>
    </message>
    <message>
        <source>{file}: akhiran harus .xlsx atau .csv</source>
        <translation>{file}: the name must end in .xlsx or .csv</translation>
    </message>
    <message>
        <source>{path} tidak dapat ditulis: {reason}</source>
        <translation>{path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>naskah bawaan harus diduplikat dulu</source>
        <translation>a shipped script must be duplicated first</translation>
    </message>
    <message>
        <source>naskah nomor {script} tidak ditemukan</source>
        <translation>script number {script} not found</translation>
    </message>
    <message>
        <source>sidik jari tidak cocok</source>
        <translation>the fingerprint does not match</translation>
    </message>
    <message>
        <source>stasiun {fingerprint} belum meminta pendaftaran di basis data ini</source>
        <translation>station {fingerprint} has not asked to enrol in this database</translation>
    </message>
    <message>
        <source>PIN hanya boleh berisi angka</source>
        <translation>a PIN may contain digits only</translation>
    </message>
    <message>
        <source>PIN harus {min} sampai {max} angka</source>
        <translation>a PIN has {min} to {max} digits</translation>
    </message>
    <message>
        <source>kode pemulihan hanya dapat dibuat di stasiun BKD yang memegang kunci privat instansi</source>
        <translation>a recovery code can only be made at the HR station that holds the agency&apos;s private key</translation>
    </message>
    <message>
        <source>kode pemulihan tidak cocok dengan permintaan stasiun ini atau tidak ditandatangani dengan kunci instansi</source>
        <translation>the recovery code does not match this station&apos;s request or was not signed with the agency&apos;s key</translation>
    </message>
    <message>
        <source>stasiun ini hanya memegang kunci publik instansi: kartu dapat diperiksa tetapi tidak dapat dibuat di sini; cetak kartu di stasiun yang memegang kunci privat</source>
        <translation>this station holds only the agency&apos;s public key: badges can be checked but not made here; print badges at the station that holds the private key</translation>
    </message>
    <message>
        <source>nomor {number} milik {person} berisi karakter selain huruf dan angka biasa; impor ulang daftar pegawai untuk memperbaikinya</source>
        <translation>number {number} of {person} holds characters other than plain letters and digits; import the employee list again to fix it</translation>
    </message>
    <message>
        <source>kunci ini pernah dipercaya lalu diganti; kunci yang sudah diganti tidak dipasang lagi</source>
        <translation>this key was trusted once and then replaced; a replaced key is not installed again</translation>
    </message>
    <message>
        <source>tidak dapat dicatat saat server terputus; pakai kartu atau Lupa kartu</source>
        <translation>cannot be recorded while the server is lost; use the badge or Forgot badge</translation>
    </message>
    <message>
        <source>Pembatalan perlu server; tunggu sampai terhubung lagi.</source>
        <translation>Cancelling needs the server; wait until it is connected again.</translation>
    </message>
    <message>
        <source>server tidak menjawab; belum dicatat, coba lagi</source>
        <translation>the server does not answer; not recorded, try again</translation>
    </message>
    <message>
        <source>pegawai nomor {person} tidak ada di daftar</source>
        <translation>employee number {person} is not on the list</translation>
    </message>
    <message>
        <source>pegawai ini sudah ditandai sebagai penandatangan</source>
        <translation>this employee is already marked as a signer</translation>
    </message>
    <message>
        <source>pejabat ini sudah menandatangani pakta</source>
        <translation>this official has already signed the pact</translation>
    </message>
    <message>
        <source>pegawai ini bukan penandatangan</source>
        <translation>this employee is not a signer</translation>
    </message>
    <message>
        <source>belum ada pakta integritas yang ditandatangani</source>
        <translation>no integrity pact has been signed yet</translation>
    </message>
    <message>
        <source>{path}: tidak dapat ditulis ({reason})</source>
        <translation>{path}: cannot be written ({reason})</translation>
    </message>
    <message>
        <source>{path}: tidak dapat dibaca ({reason})</source>
        <translation>{path}: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>{path}: bukan berkas PDF yang dapat dibaca ({reason})</source>
        <translation>{path}: not a PDF file that can be read ({reason})</translation>
    </message>
    <message>
        <source>{path}: terlalu besar untuk sebuah PDF Netra</source>
        <translation>{path}: too large for a Netra PDF</translation>
    </message>
    <message>
        <source>tidak ada pegawai pada acara ini</source>
        <translation>there are no employees in this event</translation>
    </message>
    <message>
        <source>tidak ada pegawai di unit {unit} pada acara ini</source>
        <translation>there are no employees of unit {unit} in this event</translation>
    </message>
    <message>
        <source>{path}: tidak ditemukan</source>
        <translation>{path}: not found</translation>
    </message>
    <message>
        <source>{path}: tidak ada berkas PDF atau gambar di dalamnya</source>
        <translation>{path}: holds no PDF or image file</translation>
    </message>
    <message>
        <source>belum ada lembar pakta bertanda tangan yang dipindai</source>
        <translation>no signed pact sheet has been scanned yet</translation>
    </message>
    <message>
        <source>{path}: tidak dapat dibuat ({reason})</source>
        <translation>{path}: cannot be created ({reason})</translation>
    </message>
    <message>
        <source>belum ada tanda tangan: silakan tanda tangani di kotak</source>
        <translation>no signature yet: please sign in the box</translation>
    </message>
    <message>
        <source>tanda tangan terlalu kecil atau hanya titik: silakan tanda tangani lebih lengkap</source>
        <translation>the signature is too small or only a dot: please sign in full</translation>
    </message>
    <message>
        <source>tanda tangan hanya berupa garis: silakan tanda tangani seperti biasa</source>
        <translation>the signature is only a line: please sign as you usually do</translation>
    </message>
    <message>
        <source>terlalu besar untuk berkas rekaman stasiun</source>
        <translation>too large for a station records file</translation>
    </message>
    <message>
        <source>bukan berkas rekaman stasiun Netra</source>
        <translation>not a Netra station records file</translation>
    </message>
    <message>
        <source>tidak dapat dibaca ({why})</source>
        <translation>cannot be read ({why})</translation>
    </message>
    <message>
        <source>bukan berkas rekaman stasiun Netra (isinya bukan JSON; mungkin terpotong)</source>
        <translation>not a Netra station records file (its content is not JSON; it may be cut short)</translation>
    </message>
    <message>
        <source>bukan berkas rekaman stasiun Netra (buat dengan: netra station export)</source>
        <translation>not a Netra station records file (make one with: netra station export)</translation>
    </message>
    <message>
        <source>berkas versi {version} dibuat oleh Netra yang lebih baru; perbarui Netra di sini</source>
        <translation>the file is version {version}, made by a newer Netra; update Netra here</translation>
    </message>
    <message>
        <source>berkas dibuat sebelum tanda tangan stasiun; ekspor ulang dengan Netra versi ini</source>
        <translation>the file was made before stations signed their records; export it again with this version of Netra</translation>
    </message>
    <message>
        <source>berkas rusak atau telah diubah (checksum SHA-256 tidak cocok)</source>
        <translation>the file is damaged or was changed (its SHA-256 checksum does not match)</translation>
    </message>
    <message>
        <source>isi berkas tidak sah: {detail}</source>
        <translation>the file&apos;s content is not valid: {detail}</translation>
    </message>
    <message>
        <source>berkas tidak ditandatangani stasiun</source>
        <translation>the file is not signed by a station</translation>
    </message>
    <message>
        <source>berkas dari stasiun {station} (sidik jari {fingerprint}) yang belum terdaftar di sini; cocokkan sidik jari itu dengan yang tampil di stasiun tersebut, lalu: netra station approve --from BERKAS</source>
        <translation>the file comes from station {station} (fingerprint {fingerprint}), which is not enrolled here; compare that fingerprint with the one shown at that station, then: netra station approve --from FILE</translation>
    </message>
    <message>
        <source>berkas telah diubah setelah diekspor (tanda tangan stasiun tidak cocok)</source>
        <translation>the file was changed after it was exported (the station&apos;s signature does not match)</translation>
    </message>
    <message>
        <source>berkas ini dari acara lain: “{title}” tanggal {day}, bukan “{event}” tanggal {event_day}</source>
        <translation>this file is from another event: “{title}” on {day}, not “{event}” on {event_day}</translation>
    </message>
    <message>
        <source>tanpa tanda tangan stasiun</source>
        <translation>no station signature</translation>
    </message>
    <message>
        <source>ditandatangani stasiun yang tidak terdaftar ({signer})</source>
        <translation>signed by a station that is not enrolled ({signer})</translation>
    </message>
    <message>
        <source>tanda tangan stasiun {station} ({signer}) tidak cocok dengan isinya</source>
        <translation>the signature of station {station} ({signer}) does not match the content</translation>
    </message>
    <message>
        <source>stasiun {station} ({fingerprint}) belum disetujui HR</source>
        <translation>station {station} ({fingerprint}) is not yet approved by HR</translation>
    </message>
    <message>
        <source>kunci publik stasiun tidak sah</source>
        <translation>the station&apos;s public key is not valid</translation>
    </message>
    <message>
        <source>checkins[{index}] ({number}, {time}): {problem}</source>
        <translation>checkins[{index}] ({number}, {time}): {problem}</translation>
    </message>
    <message>
        <source>scans[{index}] ({scanned}): {problem}</source>
        <translation>scans[{index}] ({scanned}): {problem}</translation>
    </message>
    <message>
        <source>paling banyak {limit} butir</source>
        <translation>at most {limit} items</translation>
    </message>
    <message>
        <source>nama saksi {number} wajib diisi bila NIP atau jabatannya diisi</source>
        <translation>witness {number} needs a name when their NIP or position is filled in</translation>
    </message>
    <message>
        <source>{folder}: tidak ada berkas JPEG atau PNG</source>
        <translation>{folder}: no JPEG or PNG files</translation>
    </message>
    <message>
        <source>{name}: foto yang sama sudah ada di laporan ini</source>
        <translation>{name}: the same photo is already in this report</translation>
    </message>
    <message>
        <source>paling banyak {limit} foto per acara</source>
        <translation>at most {limit} photos per event</translation>
    </message>
    <message>
        <source>keterangan foto paling panjang {limit} karakter</source>
        <translation>a photo caption has at most {limit} characters</translation>
    </message>
    <message>
        <source>foto nomor {photo_id} tidak ditemukan</source>
        <translation>photo number {photo_id} was not found</translation>
    </message>
    <message>
        <source>{path}: foto tidak dapat disimpan ({reason})</source>
        <translation>{path}: the photo could not be saved ({reason})</translation>
    </message>
    <message>
        <source>foto {name} tidak ada lagi di {folder}</source>
        <translation>photo {name} is no longer in {folder}</translation>
    </message>
    <message>
        <source>{name}: berkas lebih dari 40 MB</source>
        <translation>{name}: the file is larger than 40 MB</translation>
    </message>
    <message>
        <source>{name}: bukan gambar JPEG atau PNG yang dapat dibaca</source>
        <translation>{name}: not a readable JPEG or PNG image</translation>
    </message>
    <message>
        <source>{name}: gambar terpotong atau rusak</source>
        <translation>{name}: the image is cut short or damaged</translation>
    </message>
    <message>
        <source>{name}: gambar terlalu besar ({pixels} megapiksel, paling banyak 60)</source>
        <translation>{name}: the image is too large ({pixels} megapixels, at most 60)</translation>
    </message>
    <message>
        <source>tercatat</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>tercatat, menggantikan lembar kosong sebelumnya</source>
        <translation>recorded, replacing an earlier empty sheet</translation>
    </message>
    <message>
        <source>sudah tercatat sebelumnya (halaman yang sama)</source>
        <translation>already recorded before (the same page)</translation>
    </message>
    <message>
        <source>ganda: pegawai ini sudah punya lembar tercatat</source>
        <translation>duplicate: this employee already has a recorded sheet</translation>
    </message>
    <message>
        <source>QR tidak terbaca</source>
        <translation>QR code not readable</translation>
    </message>
    <message>
        <source>QR bukan lembar sah instansi ini (tanda tangan digital tidak cocok)</source>
        <translation>the QR code is not a valid sheet of this organisation (the digital signature does not match)</translation>
    </message>
    <message>
        <source>lembar acara lain</source>
        <translation>a sheet of another event</translation>
    </message>
    <message>
        <source>lembar dengan teks pakta versi lama</source>
        <translation>a sheet with an old version of the pakta text</translation>
    </message>
    <message>
        <source>pegawai tidak ada di daftar acara ini</source>
        <translation>the employee is not on this event&apos;s list</translation>
    </message>
    <message>
        <source>sampul bundel, dilewati</source>
        <translation>bundle cover, skipped</translation>
    </message>
    <message>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>kotak tanda tangan kosong</source>
        <translation>signature box empty</translation>
    </message>
    <message>
        <source>hanya coretan kecil, bukan tanda tangan</source>
        <translation>only a small mark, not a signature</translation>
    </message>
    <message>
        <source>berkas gambar tidak dapat dibuka</source>
        <translation>the image file cannot be opened</translation>
    </message>
    <message>
        <source>QR bukan lembar pakta</source>
        <translation>the QR code is not a pakta sheet</translation>
    </message>
    <message>
        <source>acara nomor {event}</source>
        <translation>event number {event}</translation>
    </message>
    <message>
        <source>sama dengan {earlier}</source>
        <translation>same as {earlier}</translation>
    </message>
    <message>
        <source>halaman {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>{file} halaman {page}</source>
        <translation>{file} page {page}</translation>
    </message>
    <message>
        <source>{file} (bukan PDF yang dapat dibaca)</source>
        <translation>{file} (not a readable PDF)</translation>
    </message>
    <message>
        <source>berkas {path} tidak ditemukan atau tidak dapat dibuka</source>
        <translation>file {path} was not found or cannot be opened</translation>
    </message>
    <message>
        <source>{path} bukan sebuah berkas</source>
        <translation>{path} is not a file</translation>
    </message>
    <message>
        <source>berkas {name} lebih dari {megabytes} MB</source>
        <translation>file {name} is larger than {megabytes} MB</translation>
    </message>
    <message>
        <source>berkas {name} kosong (0 bita)</source>
        <translation>file {name} is empty (0 bytes)</translation>
    </message>
    <message>
        <source>{name} bukan berkas Excel (.xlsx) yang dapat dibaca</source>
        <translation>{name} is not a readable Excel (.xlsx) file</translation>
    </message>
    <message>
        <source>berkas {name} tidak didukung; gunakan Excel .xlsx atau .csv (berkas .xls lama: simpan ulang sebagai .xlsx)</source>
        <translation>file {name} is not supported; use Excel .xlsx or .csv (an old .xls file: save it again as .xlsx)</translation>
    </message>
    <message>
        <source>berkas {name}: teks UTF-16 rusak; simpan ulang sebagai CSV UTF-8</source>
        <translation>file {name}: damaged UTF-16 text; save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>{name} bukan berkas teks CSV; simpan ulang sebagai CSV UTF-8</source>
        <translation>{name} is not a CSV text file; save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>berkas {name} baris {row}: teks UTF-8 rusak (ada bita yang tidak sah); simpan ulang sebagai CSV UTF-8</source>
        <translation>file {name} row {row}: damaged UTF-8 text (some bytes are not valid); save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>berkas {name} bukan teks UTF-8 maupun Windows-1252; simpan ulang sebagai CSV UTF-8</source>
        <translation>file {name} is neither UTF-8 nor Windows-1252 text; save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>berkas {name} terlalu besar: baris {row} berisi sel lebih dari {chars} karakter</source>
        <translation>file {name} is too large: row {row} has a cell of more than {chars} characters</translation>
    </message>
    <message>
        <source>berkas {name} baris {row}: tanda kutip (&quot;) dibuka tetapi tidak ditutup; tutup kutipnya atau hapus, lalu impor lagi</source>
        <translation>file {name} row {row}: a quote mark (&quot;) is opened but never closed; close the quote or delete it, then import again</translation>
    </message>
    <message>
        <source>berkas {name} baris {row}: tanda kutip (&quot;) tidak berpasangan; simpan ulang berkasnya dari Excel sebagai CSV</source>
        <translation>file {name} row {row}: a quote mark (&quot;) has no partner; save the file from Excel again as CSV</translation>
    </message>
    <message>
        <source>berkas {name} terlalu besar: {why}</source>
        <translation>file {name} is too large: {why}</translation>
    </message>
    <message>
        <source>baris {row} berisi data di lebih dari {columns} kolom</source>
        <translation>row {row} has data in more than {columns} columns</translation>
    </message>
    <message>
        <source>baris {row} berisi sel lebih dari {chars} karakter</source>
        <translation>row {row} has a cell of more than {chars} characters</translation>
    </message>
    <message>
        <source>ada isi di baris {row}; paling banyak {rows} baris</source>
        <translation>row {row} has content; at most {rows} rows</translation>
    </message>
    <message>
        <source>lebih dari {cells} sel</source>
        <translation>more than {cells} cells</translation>
    </message>
    <message>
        <source>bagian {part} berisi {size} MB setelah dibuka (batas {limit} MB)</source>
        <translation>part {part} holds {size} MB once unpacked (the limit is {limit} MB)</translation>
    </message>
    <message>
        <source>bagian {part} lebih besar dari batas</source>
        <translation>part {part} is larger than the limit</translation>
    </message>
    <message>
        <source>sebuah sel berisi lebih dari {chars} karakter</source>
        <translation>a cell holds more than {chars} characters</translation>
    </message>
    <message>
        <source>lebih dari {count} teks bersama</source>
        <translation>more than {count} shared texts</translation>
    </message>
    <message>
        <source>sel {cell} berisi data; paling banyak {columns} kolom</source>
        <translation>cell {cell} holds data; at most {columns} columns</translation>
    </message>
    <message>
        <source>berkas {name} tidak berisi lembar kerja</source>
        <translation>file {name} has no worksheet</translation>
    </message>
    <message>
        <source>isi berkas Excel {name} rusak</source>
        <translation>the content of Excel file {name} is damaged</translation>
    </message>
    <message>
        <source>foto lebih dari 20 MB</source>
        <translation>the photo is larger than 20 MB</translation>
    </message>
    <message>
        <source>berkas bukan gambar JPEG atau PNG yang dapat dibaca</source>
        <translation>the file is not a readable JPEG or PNG image</translation>
    </message>
    <message>
        <source>Kamera {number} tidak ditemukan atau tidak dapat dibuka.</source>
        <translation>Camera {number} was not found or cannot be opened.</translation>
    </message>
    <message>
        <source>Kamera {number} tidak mengirim gambar; mungkin sedang dipakai program lain (Zoom, Teams, aplikasi kamera). Tutup program itu lalu coba lagi.</source>
        <translation>Camera {number} sends no picture; another program may be using it (Zoom, Teams, a camera app). Close that program and try again.</translation>
    </message>
    <message>
        <source>Kamera terputus atau berhenti mengirim gambar. Pemindai USB tetap dapat dipakai.</source>
        <translation>The camera was disconnected or stopped sending pictures. The USB scanner still works.</translation>
    </message>
    <message>
        <source>{count} jam</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <source>{count} menit</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>{count} detik</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>laptop ini</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>jam stasiun sama dengan jam {other}</source>
        <translation>the station&apos;s clock matches the clock of {other}</translation>
    </message>
    <message>
        <source>jam stasiun {duration} lebih lambat dari jam {other}</source>
        <translation>the station&apos;s clock is {duration} behind the clock of {other}</translation>
    </message>
    <message>
        <source>jam stasiun {duration} lebih cepat dari jam {other}</source>
        <translation>the station&apos;s clock is {duration} ahead of the clock of {other}</translation>
    </message>
    <message>
        <source>{duration} yang lalu</source>
        <translation>{duration} ago</translation>
    </message>
    <message>
        <source>jam stasiun {station} cocok dengan jam laptop ini (selisih {words}, ekspor baru)</source>
        <translation>the clock of station {station} matches this laptop&apos;s clock (difference {words}, fresh export)</translation>
    </message>
    <message>
        <source>jam stasiun {station}: berkas diekspor pukul {exported} menurut jamnya, {age} menurut jam laptop ini. Bila berkas dibawa langsung (diekspor kurang dari {fresh} menit sebelum digabung), {offset}; angka ini termasuk waktu membawa berkas</source>
        <translation>clock of station {station}: the file was exported at {exported} by its clock, {age} by this laptop&apos;s clock. If the file was brought straight over (exported less than {fresh} minutes before merging), {offset}; this figure includes the time taken to bring the file</translation>
    </message>
    <message>
        <source>jam stasiun {station}: berkas diekspor pukul {exported} menurut jamnya, padahal jam laptop ini baru {now}: {offset} (sekurang-kurangnya)</source>
        <translation>clock of station {station}: the file was exported at {exported} by its clock, while this laptop&apos;s clock reads only {now}: {offset} (at least)</translation>
    </message>
    <message>
        <source>jam stasiun {station} tidak dapat dibandingkan: berkas diekspor {age} menurut jam laptop ini, lebih dari {fresh} menit; berkas lama dan jam yang lambat tampak sama. Ekspor ulang tepat sebelum menggabung untuk membandingkan jamnya</source>
        <translation>the clock of station {station} cannot be compared: the file was exported {age} by this laptop&apos;s clock, more than {fresh} minutes; an old file and a slow clock look the same. Export again just before merging to compare its clock</translation>
    </message>
    <message>
        <source>jam stasiun meleset dan tidak dikoreksi: tidak menggantikan waktu yang lebih lambat</source>
        <translation>the station&apos;s clock is off and was not corrected: it does not replace a later time</translation>
    </message>
    <message>
        <source>tercatat setelah gerbang ditutup pukul {time}</source>
        <translation>recorded after the gate was closed at {time}</translation>
    </message>
    <message>
        <source>sesi nomor {number} tidak ada di acara ini; samakan sesi acara dulu</source>
        <translation>session number {number} is not in this event; make the event&apos;s sessions match first</translation>
    </message>
    <message>
        <source>tidak ada di daftar pegawai</source>
        <translation>not on the employee list</translation>
    </message>
    <message>
        <source>{time} di {station}</source>
        <translation>{time} at {station}</translation>
    </message>
    <message>
        <source>{time} di {station}, sesi {moment}</source>
        <translation>{time} at {station}, session {moment}</translation>
    </message>
    <message>
        <source>{name} ({number}): jam dikoreksi dari {other} menjadi {kept} ({shift})</source>
        <translation>{name} ({number}): time corrected from {other} to {kept} ({shift})</translation>
    </message>
    <message>
        <source>{name} ({number}): dipakai {kept}; {other}: {problem}</source>
        <translation>{name} ({number}): kept {kept}; {other}: {problem}</translation>
    </message>
    <message>
        <source>{number}: {problem} (tercatat {other}); dilewati</source>
        <translation>{number}: {problem} (recorded {other}); skipped</translation>
    </message>
    <message>
        <source>{name} ({number}): dipakai {kept}, juga tercatat {other}</source>
        <translation>{name} ({number}): kept {kept}, also recorded {other}</translation>
    </message>
    <message>
        <source>{added} kehadiran baru, {moved} diganti waktu lebih awal, {unchanged} sudah ada; {scans} percobaan pindai ditambahkan.</source>
        <translation>{added} new check-ins, {moved} replaced by an earlier time, {unchanged} already present; {scans} scan attempts added.</translation>
    </message>
    <message>
        <source>{count} waktu kehadiran dikoreksi dengan selisih jam yang terukur (tercatat di jejak audit).</source>
        <translation>{count} check-in times corrected by the measured clock difference (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>nomor ini sudah dipakai oleh {owner}</source>
        <translation>this number is already used by {owner}</translation>
    </message>
    <message>
        <source>orang nomor {person}</source>
        <translation>person number {person}</translation>
    </message>
    <message>
        <source>tidak terhubung ke {target}: {problem}</source>
        <translation>not connected to {target}: {problem}</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <source>skema versi {version}, terbaru</source>
        <translation>schema version {version}, the newest</translation>
    </message>
    <message>
        <source>basis data kosong, skema dibuat saat pertama dibuka</source>
        <translation>empty database, the schema is made when it is first opened</translation>
    </message>
    <message>
        <source>skema versi {version}, dinaikkan ke versi {known} saat pertama dibuka</source>
        <translation>schema version {version}, raised to version {known} when it is first opened</translation>
    </message>
    <message>
        <source>{server} di {target}: {schema}</source>
        <translation>{server} at {target}: {schema}</translation>
    </message>
    <message>
        <source>basis data ini sudah memakai skema versi {version}, sedangkan Netra di stasiun ini hanya mengenal sampai versi {newest}: pasang Netra versi terbaru di stasiun ini (basis data tidak diubah)</source>
        <translation>this database already uses schema version {version}, while Netra on this station knows only up to version {newest}: install the newest Netra on this station (the database was not changed)</translation>
    </message>
    <message>
        <source>Jurnal {name} digabung: {counted}.</source>
        <translation>Journal {name} merged: {counted}.</translation>
    </message>
    <message>
        <source>tidak ada baris</source>
        <translation>no lines</translation>
    </message>
    <message>
        <source>{count} tercatat</source>
        <translation>{count} recorded</translation>
    </message>
    <message>
        <source>{count} tercatat terlambat</source>
        <translation>{count} recorded late</translation>
    </message>
    <message>
        <source>{count} sudah tercatat</source>
        <translation>{count} already recorded</translation>
    </message>
    <message>
        <source>{count} ditolak ({outcome})</source>
        <translation>{count} refused ({outcome})</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>baris {line}: {problem}; tidak digabung</source>
        <translation>line {line}: {problem}; not merged</translation>
    </message>
    <message>
        <source>baris {line}: isinya tidak lengkap</source>
        <translation>line {line}: its content is incomplete</translation>
    </message>
    <message>
        <source>baris {line}: {problems}</source>
        <translation>line {line}: {problems}</translation>
    </message>
    <message>
        <source>jurnal {path} tidak dapat dibaca</source>
        <translation>journal {path} cannot be read</translation>
    </message>
    <message>
        <source>{name} baris {number}: bukan baris jurnal Netra</source>
        <translation>{name} line {number}: not a Netra journal line</translation>
    </message>
    <message>
        <source>berkas basis data {path} hilang, dipindah atau diganti</source>
        <translation>the database file {path} is gone, moved or replaced</translation>
    </message>
    <message>
        <source>basis data {path} telah dipulihkan dari cadangan oleh proses lain</source>
        <translation>the database {path} was restored from a backup by another process</translation>
    </message>
    <message>
        <source>{why}; pemindaian dihentikan dan tidak tercatat. Pindaian berikutnya disimpan di jurnal di samping basis data; tutup Netra, lalu gabungkan jurnal itu (netra jurnal gabung BERKAS)</source>
        <translation>{why}; scanning stopped and nothing was recorded. The next scans are kept in a journal beside the database; close Netra, then merge that journal (netra jurnal gabung FILE)</translation>
    </message>
    <message>
        <source>Basis data hilang atau diganti</source>
        <translation>Database gone or replaced</translation>
    </message>
    <message>
        <source>Basis data dipulihkan di tempat lain</source>
        <translation>Database restored elsewhere</translation>
    </message>
    <message>
        <source>basis data {path} rusak{detail}. Jangan dipakai lagi: pulihkan cadangan terbaru ({hint})</source>
        <translation>the database {path} is damaged{detail}. Do not use it any more: restore the newest backup ({hint})</translation>
    </message>
    <message>
        <source>disk penuh di folder {folder}: tidak ada yang tercatat. Kosongkan ruang di disk itu, lalu ulangi</source>
        <translation>the disk is full in folder {folder}: nothing was recorded. Free space on that disk, then try again</translation>
    </message>
    <message>
        <source>Disk penuh di folder {folder}. Kosongkan ruang, lalu pindai lagi</source>
        <translation>Disk full in folder {folder}. Free space, then scan again</translation>
    </message>
    <message>
        <source>{notice}. Disimpan di jurnal {path}</source>
        <translation>{notice}. Kept in the journal {path}</translation>
    </message>
    <message>
        <source>berkas {path} tidak ada</source>
        <translation>file {path} does not exist</translation>
    </message>
    <message>
        <source>{name} bukan berkas cadangan Netra (bukan basis data SQLite)</source>
        <translation>{name} is not a Netra backup file (not an SQLite database)</translation>
    </message>
    <message>
        <source>{name} bukan basis data Netra</source>
        <translation>{name} is not a Netra database</translation>
    </message>
    <message>
        <source>{name} rusak: {detail}</source>
        <translation>{name} is damaged: {detail}</translation>
    </message>
    <message>
        <source>{name} dibuat Netra yang lebih baru (skema {version})</source>
        <translation>{name} was made by a newer Netra (schema {version})</translation>
    </message>
    <message>
        <source>cadangan server PostgreSQL dibuat dengan pg_dump di server (lihat README)</source>
        <translation>a PostgreSQL server is backed up with pg_dump on the server (see the README)</translation>
    </message>
    <message>
        <source>pemulihan server PostgreSQL dilakukan dengan pg_restore di server</source>
        <translation>a PostgreSQL server is restored with pg_restore on the server</translation>
    </message>
    <message>
        <source>cadangan gagal ditulis ke {target}: {error}</source>
        <translation>the backup could not be written to {target}: {error}</translation>
    </message>
    <message>
        <source>baris {row}, kolom {field}: {text}</source>
        <translation>row {row}, column {field}: {text}</translation>
    </message>
    <message>
        <source>gerbang acara ini sudah ditutup pukul {time}</source>
        <translation>this event&apos;s gate was already closed at {time}</translation>
    </message>
    <message>
        <source>gerbang acara ini belum ditutup</source>
        <translation>this event&apos;s gate is not closed</translation>
    </message>
    <message>
        <source>alasan membuka kembali wajib diisi</source>
        <translation>a reason for reopening is required</translation>
    </message>
    <message>
        <source>bergabung pukul {joined}, setelah gerbang acara ditutup pukul {closed}</source>
        <translation>joined at {joined}, after the event&apos;s gate was closed at {closed}</translation>
    </message>
    <message>
        <source>bergabung pukul {joined}, sebelum rapat dimulai pukul {start}</source>
        <translation>joined at {joined}, before the meeting started at {start}</translation>
    </message>
    <message>
        <source>bergabung pukul {joined}, setelah rapat selesai pukul {end}</source>
        <translation>joined at {joined}, after the meeting ended at {end}</translation>
    </message>
    <message>
        <source>keluar pukul {left}, sebelum bergabung pukul {joined}</source>
        <translation>left at {left}, before joining at {joined}</translation>
    </message>
    <message>
        <source>NIP {nip} milik {owner}, bukan &apos;{name}&apos;</source>
        <translation>NIP {nip} belongs to {owner}, not &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>nama sesi ke-{row} wajib diisi</source>
        <translation>moment {row} needs a name</translation>
    </message>
    <message>
        <source>nama sesi ke-{row} paling panjang {limit} karakter</source>
        <translation>the name of moment {row} may be at most {limit} characters</translation>
    </message>
    <message>
        <source>nama sesi “{name}” dipakai dua kali</source>
        <translation>the moment name “{name}” is used twice</translation>
    </message>
    <message>
        <source>sesi “{name}”: jam tutup harus setelah jam buka</source>
        <translation>moment “{name}”: the closing time must be after the opening time</translation>
    </message>
    <message>
        <source>sesi “{name}”: batas terlambat harus di antara jam buka dan jam tutup</source>
        <translation>moment “{name}”: the late time must lie between the opening and closing times</translation>
    </message>
    <message>
        <source>sesi “{first}” dan “{second}” bertumpuk jamnya; geser jam buka atau tutup</source>
        <translation>moments “{first}” and “{second}” overlap; move an opening or closing time</translation>
    </message>
    <message>
        <source>paling banyak {max} sesi</source>
        <translation>at most {max} moments</translation>
    </message>
    <message>
        <source>acara perlu setidaknya satu sesi</source>
        <translation>an event needs at least one moment</translation>
    </message>
    <message>
        <source>sesi nomor {number} sudah berisi {count} catatan hadir; sesi itu tidak dapat dihapus</source>
        <translation>moment {number} already holds {count} check-ins; that moment cannot be removed</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Izinkan masuk dan catat hadir</source>
        <translation>Admit and record as present</translation>
    </message>
    <message>
        <source>SIAP MEMINDAI</source>
        <translation>READY TO SCAN</translation>
    </message>
    <message>
        <source>Tunjukkan kartu QR ke kamera atau pindai dengan pemindai.</source>
        <translation>Show the QR badge to the camera or scan it with the scanner.</translation>
    </message>
    <message>
        <source>TERCATAT — TERLAMBAT</source>
        <translation>RECORDED — LATE</translation>
    </message>
    <message>
        <source>TERCATAT</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <source>SUDAH TERCATAT</source>
        <translation>ALREADY RECORDED</translation>
    </message>
    <message>
        <source>BUKAN PESERTA ACARA INI</source>
        <translation>NOT ON THIS EVENT</translation>
    </message>
    <message>
        <source>TIDAK TERCATAT</source>
        <translation>NOT RECORDED</translation>
    </message>
    <message>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>Tamu · {id}</source>
        <translation>Guest · {id}</translation>
    </message>
    <message>
        <source>Kode ini bukan kartu peserta yang dikenal.</source>
        <translation>This code is not a known participant badge.</translation>
    </message>
    <message>
        <source>Kartu dari instansi lain atau kunci tidak dikenal.</source>
        <translation>A badge of another organisation, or an unknown key.</translation>
    </message>
    <message>
        <source>Tanda tangan kartu tidak sah (palsu atau rusak).</source>
        <translation>The badge signature is invalid (forged or damaged).</translation>
    </message>
    <message>
        <source>Kartu lama: sudah diganti kartu baru.</source>
        <translation>Old badge: a new one has replaced it.</translation>
    </message>
    <message>
        <source>Pemilik kartu tidak ada di daftar pegawai aktif.</source>
        <translation>The badge holder is not on the active staff list.</translation>
    </message>
    <message>
        <source>Belum tercatat.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>Kode tidak sah.</source>
        <translation>Invalid code.</translation>
    </message>
    <message>
        <source>sudah tercatat pukul {time} di {station}</source>
        <translation>already recorded at {time} at {station}</translation>
    </message>
    <message>
        <source>pukul {time} di {station}</source>
        <translation>at {time} at {station}</translation>
    </message>
    <message>
        <source> · dicatat manual: {note}</source>
        <translation> · recorded by hand: {note}</translation>
    </message>
    <message>
        <source> · tamu: {note}</source>
        <translation> · guest: {note}</translation>
    </message>
    <message>
        <source>Kartu sah, tetapi tidak ada di daftar peserta acara ini.</source>
        <translation>A valid badge, but not on this event&apos;s list.</translation>
    </message>
    <message>
        <source>GERBANG DITUTUP</source>
        <translation>GATE CLOSED</translation>
    </message>
    <message>
        <source>Gerbang acara ini sudah ditutup: kehadiran tidak dicatat lagi. HR dapat membukanya kembali di Acara dengan PIN admin.</source>
        <translation>This event&apos;s gate is closed: arrivals are no longer recorded. HR can reopen it in Events with the admin PIN.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Pratinjau impor: {name}</source>
        <translation>Import preview: {name}</translation>
    </message>
    <message>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{rows} baris data. Kolom yang dikenali sudah dipasangkan; pilih isi kolom lainnya pada baris “Kolom” ({unmapped} kolom diabaikan).</source>
        <translation>{rows} data rows. Recognised columns are already matched; choose what the other columns hold in the “Column” row ({unmapped} columns ignored).</translation>
    </message>
    <message>
        <source>Membandingkan dengan daftar tersimpan…</source>
        <translation>Comparing with the stored roster…</translation>
    </message>
    <message>
        <source>{new} baru, {changed} berubah, {same} tetap; {absent} ada di daftar tetapi tidak ada di berkas ini (tetap disimpan).</source>
        <translation>{new} new, {changed} changed, {same} unchanged; {absent} on the roster but not in this file (they stay stored).</translation>
    </message>
    <message>
        <source>Baru: {who}</source>
        <translation>New: {who}</translation>
    </message>
    <message>
        <source>Berubah: {who}: {fields}</source>
        <translation>Changed: {who}: {fields}</translation>
    </message>
    <message>
        <source>Tidak ada di berkas: {who}</source>
        <translation>Not in the file: {who}</translation>
    </message>
    <message>
        <source>Jenis nomor</source>
        <translation>Kind of number</translation>
    </message>
    <message>
        <source>{count} masalah: perbaiki berkasnya lalu impor lagi; belum ada yang disimpan.</source>
        <translation>{count} problems: fix the file and import again; nothing has been saved.</translation>
    </message>
    <message>
        <source>Tidak ada masalah. Siap diimpor.</source>
        <translation>No problems. Ready to import.</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Mengimpor</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>orang</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang disimpan.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Impor gagal, tidak ada yang disimpan: {m}</source>
        <translation>Import failed, nothing was saved: {m}</translation>
    </message>
</context>
<context>
    <name>SaveFooter</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ScreenPlacement</name>
    <message>
        <source>Tidak ditayangkan</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <source>Tampil di jendela pratinjau</source>
        <translation>Showing in the preview window</translation>
    </message>
    <message>
        <source>Tampil layar penuh di {name}</source>
        <translation>Showing full screen on {name}</translation>
    </message>
    <message>
        <source>Layar {name} terlepas; tampilan kembali otomatis saat layar tersambung lagi</source>
        <translation>Screen {name} disconnected; the picture returns by itself when the screen is connected again</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Ubah naskah ikrar</source>
        <translation>Edit pledge script</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kalimat pembuka</source>
        <translation>Opening sentence</translation>
    </message>
    <message>
        <source>Butir (satu per baris)</source>
        <translation>Points (one per line)</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SigningMirrorWindow</name>
    <message>
        <source>Penandatanganan Pakta Integritas</source>
        <translation>Signing of the Integrity Pact</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <source>Tidak ada slide berikutnya</source>
        <translation>No next slide</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Stasiun</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Minta didaftarkan</source>
        <translation>Ask to be enrolled</translation>
    </message>
    <message>
        <source>Nama stasiun</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Sebelum menyetujui, cocokkan sidik jari di daftar dengan yang tampil di layar stasiun itu (menu Berkas &gt; Stasiun). Persetujuan memerlukan PIN admin dan dicatat di jejak audit.</source>
        <translation>Before approving, compare the fingerprint in the list with the one shown on that station&apos;s screen (menu File &gt; Stations). Approval needs the admin PIN and goes into the audit trail.</translation>
    </message>
    <message>
        <source>Setujui stasiun terpilih</source>
        <translation>Approve the selected station</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stasiun ini</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Stasiun yang dikenal basis data ini</source>
        <translation>Stations this database knows</translation>
    </message>
    <message>
        <source>Belum dikenal basis data ini.</source>
        <translation>Not known to this database yet.</translation>
    </message>
    <message>
        <source>Terdaftar: rekamannya diterima.</source>
        <translation>Enrolled: its records are accepted.</translation>
    </message>
    <message>
        <source>Menunggu persetujuan HR.</source>
        <translation>Waiting for HR&apos;s approval.</translation>
    </message>
    <message>
        <source>terdaftar</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>menunggu persetujuan</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>Mengirim permintaan…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <source>Permintaan tercatat. HR menyetujuinya dengan PIN admin.</source>
        <translation>Request recorded. HR approves it with the admin PIN.</translation>
    </message>
    <message>
        <source>Memeriksa PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>Stasiun {name} ({fingerprint}) terdaftar.</source>
        <translation>Station {name} ({fingerprint}) enrolled.</translation>
    </message>
</context>
<context>
    <name>StationMergeDialog</name>
    <message>
        <source>Gabungkan rekaman stasiun</source>
        <translation>Merge station records</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Catatan untuk diperiksa (konflik dan koreksi jam)</source>
        <translation>To review (conflicts and clock corrections)</translation>
    </message>
    <message>
        <source>Berkas rekaman stasiun</source>
        <translation>Station record files</translation>
    </message>
    <message>
        <source>Rekaman stasiun (*.json)</source>
        <translation>Station records (*.json)</translation>
    </message>
    <message>
        <source>Jam stasiun meleset: pilih dulu sebelum menggabung</source>
        <translation>A station clock is off: choose before merging</translation>
    </message>
    <message>
        <source>Koreksi: geser waktu dari stasiun itu sebesar selisih yang diukur</source>
        <translation>Correct: shift that station&apos;s times by the measured difference</translation>
    </message>
    <message>
        <source>Tanpa koreksi: waktunya tetap, tetapi tidak dapat menggantikan kehadiran lain yang lebih lambat</source>
        <translation>Do not correct: its times stay, but cannot replace another, later check-in</translation>
    </message>
    <message>
        <source>Selisih diukur dari waktu ekspor berkas dibanding jam laptop ini, termasuk lama berkas dibawa: pada stasiun yang jamnya benar, koreksi membuat waktunya lebih lambat sebesar itu. Ekspor tepat sebelum menggabung.</source>
        <translation>The difference is the file&apos;s export time against this laptop&apos;s clock, including the time the file took to arrive: for a station whose clock is right, correcting makes its times later by that much. Export just before merging.</translation>
    </message>
    <message>
        <source>Memeriksa jam stasiun…</source>
        <translation>Checking station clocks…</translation>
    </message>
    <message>
        <source>Menggabungkan…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Tidak ada yang digabungkan:
{why}</source>
        <translation>Nothing was merged:
{why}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>kesalahan tak terduga; rinciannya ada di log aplikasi</source>
        <translation>an unexpected error; the details are in the application log</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Tema layar ikrar</source>
        <translation>Pledge screen theme</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Tanpa gambar</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Pilihan siap pakai</source>
        <translation>Ready-made choices</translation>
    </message>
    <message>
        <source>Latar</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sorotan</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Redup</source>
        <translation>Dimmed</translation>
    </message>
    <message>
        <source>Huruf</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <source>Gambar latar</source>
        <translation>Background image</translation>
    </message>
    <message>
        <source>ada gambar</source>
        <translation>image set</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Tamu / peserta tanpa undangan</source>
        <translation>Guest / uninvited participant</translation>
    </message>
    <message>
        <source>NIP, NIK atau nomor identitas lain</source>
        <translation>NIP, NIK or another identity number</translation>
    </message>
    <message>
        <source>Instansi atau unit kerja</source>
        <translation>Organisation or work unit</translation>
    </message>
    <message>
        <source>Undangan tamu</source>
        <translation>Invited guest</translation>
    </message>
    <message>
        <source>Pegawai baru, belum di daftar</source>
        <translation>New employee, not on the roster yet</translation>
    </message>
    <message>
        <source>Perwakilan instansi vertikal</source>
        <translation>Representative of a central agency office</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Instansi / unit</source>
        <translation>Organisation / unit</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Catat tamu hadir</source>
        <translation>Record guest as present</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
</TS>
