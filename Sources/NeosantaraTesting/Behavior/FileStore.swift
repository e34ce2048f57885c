import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import Neosantara

/// The files a ``NeosantaraTestServer`` holds, in memory, in the order they were stored.
final class FileStore: Sendable {
    private struct State {
        var files: [NeosantaraTestServer.StoredFile] = []
        var count = 0
        /// The bytes of the uploaded files, which count towards the store's limit; files the server wrote do
        /// not.
        var uploadedBytes: [String: Int] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// Every file, oldest first.
    var all: [NeosantaraTestServer.StoredFile] {
        state.withLockedValue { $0.files }
    }

    /// Stores an upload as a new file, `file-test-1` and on, unless the uploads would then hold more than
    /// `limit` bytes together; returns its description.
    func upload(filename: String, purpose: FilePurpose, content: Data, now: Date, limit: Int) throws(Rejection)
        -> FileObject
    {
        let stored: FileObject? = state.withLockedValue { state in
            let used = state.uploadedBytes.values.reduce(0, +)
            guard used + content.count <= limit else { return nil }
            let file = Self.add(filename: filename, purpose: purpose, content: content, now: now, to: &state)
            state.uploadedBytes[file.id] = content.count
            return file
        }
        guard let stored else {
            let used = state.withLockedValue { $0.uploadedBytes.values.reduce(0, +) }
            throw Rejection(
                APIErrorReply.reply(
                    .contentTooLarge,
                    APIError(
                        message: "The file of \(content.count) bytes does not fit: the store holds at most \(limit) "
                            + "bytes of uploads and \(limit - used) are free. Delete files or raise "
                            + "`maximumStoredFileBytes`.",
                        type: .invalidRequest, code: "file_storage_limit_exceeded", param: "file")))
        }
        return stored
    }

    /// Stores a file the server wrote, such as a batch's output; it does not count towards the upload limit.
    func add(filename: String, purpose: FilePurpose, content: Data, now: Date) -> FileObject {
        state.withLockedValue { Self.add(filename: filename, purpose: purpose, content: content, now: now, to: &$0) }
    }

    /// The file with `id`, if there is one.
    func file(_ id: String) -> NeosantaraTestServer.StoredFile? {
        state.withLockedValue { $0.files.first { $0.file.id == id } }
    }

    /// Removes the file with `id`; returns whether there was one.
    func remove(_ id: String) -> Bool {
        state.withLockedValue { state in
            guard let index = state.files.firstIndex(where: { $0.file.id == id }) else { return false }
            state.files.remove(at: index)
            state.uploadedBytes[id] = nil
            return true
        }
    }

    private static func add(
        filename: String, purpose: FilePurpose, content: Data, now: Date, to state: inout State
    ) -> FileObject {
        state.count += 1
        let file = FileObject(
            id: "file-test-\(state.count)", bytes: Int64(content.count), createdAt: Int(now.timeIntervalSince1970),
            filename: filename, purpose: purpose, status: .processed)
        state.files.append(NeosantaraTestServer.StoredFile(file: file, content: content))
        return file
    }
}

extension NeosantaraTestServer {
    /// A file the server holds: its description and its bytes.
    public struct StoredFile: Hashable, Sendable {
        /// What `GET /v1/files/{id}` answers for it.
        public var file: FileObject
        /// Its content.
        public var content: Data
    }
}
