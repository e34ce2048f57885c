/// The name of an image the test server serves, which says everything needed to draw it again:
/// `img-3-0-64x48-9e3779b9.png` is image 0 of request 3, 64 by 48 pixels, from seed `9e3779b9`.
struct ImageFileName: Hashable {
    var sequence: Int
    var index: Int
    var width: Int
    var height: Int
    var seed: UInt32

    init(sequence: Int, index: Int, width: Int, height: Int, seed: UInt32) {
        self.sequence = sequence
        self.index = index
        self.width = width
        self.height = height
        self.seed = seed
    }

    /// Reads a name written by ``text``, or returns `nil` for any other.
    init?(_ text: String) {
        guard text.hasPrefix("img-"), text.hasSuffix(".png") else { return nil }
        let fields = text.dropFirst(4).dropLast(4).split(separator: "-")
        guard fields.count == 4, let sequence = Int(fields[0]), let index = Int(fields[1]),
            let seed = UInt32(fields[3], radix: 16)
        else { return nil }
        let sides = fields[2].split(separator: "x")
        guard sides.count == 2, let width = Int(sides[0]), let height = Int(sides[1]), width > 0, height > 0,
            width <= ImageBehavior.maximumSide, height <= ImageBehavior.maximumSide
        else { return nil }
        self.init(sequence: sequence, index: index, width: width, height: height, seed: seed)
    }

    /// The name, as the image's URL ends.
    var text: String {
        "img-\(sequence)-\(index)-\(width)x\(height)-\(String(seed, radix: 16)).png"
    }

    /// The image: a gradient from the colour of the seed's low bytes to that of its high bytes.
    func png() -> [UInt8] {
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: seed >> ($0 * 8)) }
        return PNGEncoder.gradient(
            width: width, height: height, top: .init(red: bytes[0], green: bytes[1], blue: bytes[2]),
            bottom: .init(red: bytes[3], green: bytes[2], blue: bytes[1]))
    }
}
