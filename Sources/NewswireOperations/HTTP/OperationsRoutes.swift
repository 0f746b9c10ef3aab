import Hummingbird
import NIOCore

/// The routes of the operations listener: `/metrics` (Prometheus text format), `/healthz` (liveness) and
/// `/readyz` (readiness). Health answers are 200 or 503 with a one-line plain-text reason.
public enum OperationsRoutes {
    /// The content type of the Prometheus text exposition format.
    public static let prometheusContentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Builds a router serving `prometheus`' registry and `health`'s verdicts.
    public static func router(prometheus: PrometheusSetup, health: HealthState) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("metrics") { _, _ -> Response in
            text(prometheus.render(), status: .ok, contentType: prometheusContentType)
        }
        router.get("healthz") { _, _ -> Response in
            let report = health.report()
            return text(report.livenessDetail + "\n", status: report.isAlive ? .ok : .serviceUnavailable)
        }
        router.get("readyz") { _, _ -> Response in
            let report = health.report()
            return text(report.readinessDetail + "\n", status: report.isReady ? .ok : .serviceUnavailable)
        }
        return router
    }

    static func text(
        _ body: String, status: HTTPResponse.Status, contentType: String = "text/plain; charset=utf-8"
    ) -> Response {
        Response(
            status: status,
            headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
