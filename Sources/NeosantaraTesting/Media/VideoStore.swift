import NIOConcurrencyHelpers
import Neosantara

/// The video jobs a test server holds: each moves one step each time it is fetched, `queued` (0 %) →
/// `in_progress` (50 %) → `completed` (100 %), or `failed` for a prompt that contains `fail`.
final class VideoStore: Sendable {
    private let jobs = NIOLockedValueBox<[String: Video]>([:])

    /// Stores a new queued job.
    func add(_ video: Video) {
        jobs.withLockedValue { $0[video.id] = video }
    }

    /// The job as it is now, without moving it.
    func video(_ id: String) -> Video? {
        jobs.withLockedValue { $0[id] }
    }

    /// Moves the job one step on and returns it; `now` is its `completed_at` when it ends.
    func advance(_ id: String, now: Double) -> Video? {
        jobs.withLockedValue { jobs in
            guard var video = jobs[id] else { return nil }
            switch video.status {
            case .queued:
                video.status = .inProgress
                video.progress = 50
            case .inProgress:
                if video.prompt.lowercased().contains("fail") {
                    video.status = .failed
                    video.error = VideoError(code: "generation_failed", message: "The model could not film the prompt.")
                } else {
                    video.status = .completed
                    video.progress = 100
                    video.completedAt = now
                }
            default:
                break
            }
            jobs[id] = video
            return video
        }
    }
}
