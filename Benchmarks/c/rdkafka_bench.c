/*
 * rdkafka_bench: the baseline for newswire's Kafka wrapper benchmark.
 *
 * Starts librdkafka's mock cluster in this process, creates a topic, produces N messages of S bytes
 * (partition i % P, acks=all, idempotence, linger.ms=5 — the wrapper's producer defaults), waits for every
 * delivery report, then consumes them back with rd_kafka_consume_batch_queue (group-less assign from the
 * beginning, batches of 1000 — what the wrapper's poll thread does), and prints:
 *     produce_seconds consume_seconds
 *
 * Usage: rdkafka_bench MESSAGES SIZE PARTITIONS
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *what, const char *detail) {
        fprintf(stderr, "rdkafka_bench: %s: %s\n", what, detail);
        exit(1);
}

static void set(rd_kafka_conf_t *conf, const char *name, const char *value) {
        char errstr[512];
        if (rd_kafka_conf_set(conf, name, value, errstr, sizeof errstr) != RD_KAFKA_CONF_OK)
                die(name, errstr);
}

static long delivered, failed;

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
        (void)rk;
        (void)opaque;
        if (m->err) failed++;
        else delivered++;
}

int main(int argc, char **argv) {
        if (argc != 4) {
                fprintf(stderr, "usage: %s MESSAGES SIZE PARTITIONS\n", argv[0]);
                return 2;
        }
        long count = atol(argv[1]);
        size_t size = (size_t)atol(argv[2]);
        int partitions = atoi(argv[3]);
        char errstr[512];

        rd_kafka_conf_t *mconf = rd_kafka_conf_new();
        set(mconf, "log_level", "3");
        rd_kafka_t *owner = rd_kafka_new(RD_KAFKA_PRODUCER, mconf, errstr, sizeof errstr);
        if (!owner) die("mock owner", errstr);
        rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(owner, 1);
        if (!cluster) die("mock cluster", "rd_kafka_mock_cluster_new failed");
        const char *bootstrap = rd_kafka_mock_cluster_bootstraps(cluster);
        if (rd_kafka_mock_topic_create(cluster, "bench", partitions, 1)) die("topic", "create failed");

        /* Produce. */
        rd_kafka_conf_t *pconf = rd_kafka_conf_new();
        set(pconf, "bootstrap.servers", bootstrap);
        set(pconf, "enable.idempotence", "true");
        set(pconf, "acks", "all");
        set(pconf, "linger.ms", "5");
        set(pconf, "queue.buffering.max.messages", "1000000");
        rd_kafka_conf_set_dr_msg_cb(pconf, on_delivery);
        rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, errstr, sizeof errstr);
        if (!producer) die("producer", errstr);
        char *payload = malloc(size);
        memset(payload, 'x', size);
        double t0 = now();
        for (long i = 0; i < count; i++) {
                for (;;) {
                        rd_kafka_resp_err_t err = rd_kafka_producev(
                            producer, RD_KAFKA_V_TOPIC("bench"), RD_KAFKA_V_PARTITION((int32_t)(i % partitions)),
                            RD_KAFKA_V_VALUE(payload, size), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                            RD_KAFKA_V_END);
                        if (err == RD_KAFKA_RESP_ERR_NO_ERROR) break;
                        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) die("produce", rd_kafka_err2str(err));
                        rd_kafka_poll(producer, 1);
                }
                rd_kafka_poll(producer, 0);
        }
        while (delivered + failed < count) rd_kafka_poll(producer, 50);
        double produce_seconds = now() - t0;
        if (failed) die("produce", "some deliveries failed");
        rd_kafka_destroy(producer);

        /* Consume. */
        rd_kafka_conf_t *cconf = rd_kafka_conf_new();
        set(cconf, "bootstrap.servers", bootstrap);
        set(cconf, "group.id", "rdkafka-bench");
        set(cconf, "enable.auto.commit", "false");
        set(cconf, "enable.auto.offset.store", "false");
        set(cconf, "enable.partition.eof", "false");
        rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, cconf, errstr, sizeof errstr);
        if (!consumer) die("consumer", errstr);
        rd_kafka_poll_set_consumer(consumer);
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
        for (int p = 0; p < partitions; p++)
                rd_kafka_topic_partition_list_add(list, "bench", p)->offset = RD_KAFKA_OFFSET_BEGINNING;
        rd_kafka_queue_t *queue = rd_kafka_queue_get_consumer(consumer);
        rd_kafka_message_t *batch[1000];
        long consumed = 0;
        size_t bytes = 0;
        t0 = now();
        if (rd_kafka_assign(consumer, list)) die("assign", "failed");
        while (consumed < count) {
                ssize_t n = rd_kafka_consume_batch_queue(queue, 100, batch, 1000);
                for (ssize_t i = 0; i < n; i++) {
                        if (!batch[i]->err) {
                                consumed++;
                                bytes += batch[i]->len;
                        }
                        rd_kafka_message_destroy(batch[i]);
                }
        }
        double consume_seconds = now() - t0;
        if (bytes != (size_t)consumed * size) die("consume", "unexpected payload sizes");
        rd_kafka_topic_partition_list_destroy(list);
        rd_kafka_queue_destroy(queue);
        rd_kafka_consumer_close(consumer);
        rd_kafka_destroy(consumer);
        rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(owner);
        free(payload);
        printf("%.6f %.6f\n", produce_seconds, consume_seconds);
        return 0;
}
