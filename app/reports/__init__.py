"""PDF writers (reportlab): badges, daftar hadir, pakta integritas."""
