/*
 * Reference floor for bench/sftp/run.sh: the same deliveries as SftpBench (each file uploaded as ".<name>.part" with
 * one open/write/close, then renamed), written directly in C against libssh's synchronous sftp_* API over one session.
 * It shows what the round trips alone cost; the gateway cannot go below it with libssh 0.10.
 *
 * Usage: libssh_floor PORT USER KEYFILE SOURCE_DIR REMOTE_DIR   (prints "elapsed_ms=<n> files=<n>")
 * Build: cc -O2 libssh_floor.c -o libssh_floor -lssh   (needs libssh-dev)
 */
#include <dirent.h>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

static int is_xml(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 4 && strcmp(e->d_name + n - 4, ".xml") == 0;
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: libssh_floor PORT USER KEYFILE SOURCE_DIR REMOTE_DIR\n");
        return 2;
    }
    static char content[1 << 20];
    char local[4096], temp[4096], final_name[4096];
    struct dirent **names;
    int count = scandir(argv[4], &names, is_xml, by_name);
    double start = now_ms();

    ssh_session session = ssh_new();
    int port = atoi(argv[1]);
    bool no = false;
    int yes = 1;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(session, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, argv[2]);
    ssh_options_set(session, SSH_OPTIONS_NODELAY, &yes);
    ssh_key key;
    if (ssh_connect(session) != SSH_OK || ssh_pki_import_privkey_file(argv[3], NULL, NULL, NULL, &key) != SSH_OK
        || ssh_userauth_publickey(session, NULL, key) != SSH_AUTH_SUCCESS) {
        fprintf(stderr, "connect/auth failed: %s\n", ssh_get_error(session));
        return 1;
    }
    sftp_session sftp = sftp_new(session);
    if (sftp == NULL || sftp_init(sftp) != SSH_OK) {
        fprintf(stderr, "sftp failed: %s\n", ssh_get_error(session));
        return 1;
    }
    sftp_mkdir(sftp, argv[5], 0750);
    for (int i = 0; i < count; i++) {
        snprintf(local, sizeof local, "%s/%s", argv[4], names[i]->d_name);
        FILE *in = fopen(local, "rb");
        size_t size = fread(content, 1, sizeof content, in);
        fclose(in);
        snprintf(temp, sizeof temp, "%s/.%s.part", argv[5], names[i]->d_name);
        snprintf(final_name, sizeof final_name, "%s/%s", argv[5], names[i]->d_name);
        sftp_file file = sftp_open(sftp, temp, O_WRONLY | O_CREAT | O_TRUNC, 0640);
        for (size_t offset = 0; file != NULL && offset < size;) {
            size_t chunk = size - offset > 32768 ? 32768 : size - offset;
            ssize_t written = sftp_write(file, content + offset, chunk);
            if (written <= 0) {
                break;
            }
            offset += (size_t)written;
        }
        if (file == NULL || sftp_close(file) != SSH_OK || sftp_rename(sftp, temp, final_name) != SSH_OK) {
            fprintf(stderr, "%s failed: %s\n", names[i]->d_name, ssh_get_error(session));
            return 1;
        }
    }
    sftp_free(sftp);
    ssh_key_free(key);
    ssh_disconnect(session);
    ssh_free(session);
    printf("elapsed_ms=%.1f files=%d\n", now_ms() - start, count);
    return 0;
}
