"""Frame sources (camera, video file, image folder), QR decoding and de-duplication; Qt-free."""
