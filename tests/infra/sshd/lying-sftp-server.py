#!/usr/bin/env python3
"""An SFTP server that lies about names: OpenSSH's own sftp-server behind a proxy that renames entries in its
directory listings on the wire, so tests can face a partner's server that lists names no file system holds
("../../outside.xml", "a/b.xml").

    lying-sftp-server.py RENAMES_JSON [SFTP_SERVER]

RENAMES_JSON maps a real file name to the name the listing shows instead. Only the SSH_FXP_NAME answers to
SSH_FXP_READDIR requests are changed (SFTP version 3 framing); every other packet passes unchanged, so opening,
reading, renaming or removing a path works on the real files. sshd runs it as its sftp subsystem.
"""
import json
import struct
import subprocess
import sys
import threading

FXP_READDIR = 12
FXP_NAME = 104
ATTR_SIZE, ATTR_UIDGID, ATTR_PERMISSIONS, ATTR_ACMODTIME, ATTR_EXTENDED = 0x1, 0x2, 0x4, 0x8, 0x80000000

renames = {k.encode("utf-8"): v.encode("utf-8") for k, v in json.load(open(sys.argv[1], encoding="utf-8")).items()}
server = subprocess.Popen([sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/openssh/sftp-server"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE)
readdir_ids = set()
lock = threading.Lock()


def read_exact(stream, count):
    data = b""
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def packets(stream):
    while True:
        header = read_exact(stream, 4)
        if header is None:
            return
        body = read_exact(stream, struct.unpack(">I", header)[0])
        if body is None:
            return
        yield body


def attrs_length(body, offset):
    start = offset
    flags = struct.unpack_from(">I", body, offset)[0]
    offset += 4
    offset += 8 if flags & ATTR_SIZE else 0
    offset += 8 if flags & ATTR_UIDGID else 0
    offset += 4 if flags & ATTR_PERMISSIONS else 0
    offset += 8 if flags & ATTR_ACMODTIME else 0
    if flags & ATTR_EXTENDED:
        count = struct.unpack_from(">I", body, offset)[0]
        offset += 4
        for _ in range(2 * count):
            offset += 4 + struct.unpack_from(">I", body, offset)[0]
    return offset - start


def rewrite_names(body):
    request_id, count = struct.unpack_from(">II", body, 1)
    offset = 9
    out = body[:9]
    for _ in range(count):
        name_length = struct.unpack_from(">I", body, offset)[0]
        name = body[offset + 4:offset + 4 + name_length]
        offset += 4 + name_length
        long_length = struct.unpack_from(">I", body, offset)[0]
        long_name = body[offset:offset + 4 + long_length]
        offset += 4 + long_length
        attrs = body[offset:offset + attrs_length(body, offset)]
        offset += len(attrs)
        shown = renames.get(name, name)
        out += struct.pack(">I", len(shown)) + shown + long_name + attrs
    return out


def client_to_server():
    for body in packets(sys.stdin.buffer):
        if body[0] == FXP_READDIR:
            with lock:
                readdir_ids.add(struct.unpack_from(">I", body, 1)[0])
        server.stdin.write(struct.pack(">I", len(body)) + body)
        server.stdin.flush()
    server.stdin.close()


def server_to_client():
    for body in packets(server.stdout):
        if body[0] == FXP_NAME:
            request_id = struct.unpack_from(">I", body, 1)[0]
            with lock:
                listing = request_id in readdir_ids
                readdir_ids.discard(request_id)
            if listing:
                body = rewrite_names(body)
        sys.stdout.buffer.write(struct.pack(">I", len(body)) + body)
        sys.stdout.buffer.flush()


threading.Thread(target=client_to_server, daemon=True).start()
server_to_client()
server.wait()
