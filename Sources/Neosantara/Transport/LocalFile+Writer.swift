import Foundation
import NIOCore
import SystemPackage

extension LocalFile {
    /// Writes a download to a temporary file beside its destination, and moves it into place only when it is
    /// complete, so that a failed download never leaves a partial file or replaces a good one.
    final class Writer {
        let destination: URL
        private let temporaryPath: String
        private var descriptor: SystemPackage.FileDescriptor?
        /// The bytes written so far.
        private(set) var byteCount: Int64 = 0

        /// Creates the temporary file.
        ///
        /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when the destination's
        ///   folder does not exist or cannot be written.
        init(destination: URL) throws(NeosantaraError) {
            self.destination = destination
            let folder = destination.deletingLastPathComponent().path
            temporaryPath = folder + "/." + destination.lastPathComponent + ".\(UInt32.random(in: .min ... .max)).part"
            do {
                descriptor = try SystemPackage.FileDescriptor.open(
                    FilePath(temporaryPath), .writeOnly, options: [.create, .exclusiveCreate],
                    permissions: [.ownerReadWrite, .groupRead, .otherRead])
            } catch {
                throw NeosantaraError(
                    kind: .invalidRequest, message: "cannot write to \(destination.path) (\(error))",
                    parameter: "destination")
            }
        }

        deinit {
            discard()
        }

        /// Appends `buffer`'s readable bytes.
        func write(_ buffer: ByteBuffer) throws {
            guard let descriptor else { return }
            byteCount += Int64(try descriptor.writeAll(buffer.readableBytesView))
        }

        /// Closes the file and moves it to the destination, replacing any file there.
        func commit() throws {
            try descriptor?.close()
            descriptor = nil
            guard rename(temporaryPath, destination.path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporaryPath)
                throw NeosantaraError(
                    kind: .invalidRequest, message: "cannot move the download to \(destination.path) (\(reason))",
                    parameter: "destination")
            }
        }

        /// Closes and removes the temporary file, unless it was committed.
        func discard() {
            guard let descriptor else { return }
            try? descriptor.close()
            self.descriptor = nil
            unlink(temporaryPath)
        }
    }
}
