/// A feed built around fuzz bytes: the bytes as one item's description and another's
/// content:encoded (in CDATA, whose end marker is broken up), as Atom content, and as titles.
enum FeedFuzzing {
    static func wrap(_ bytes: [UInt8]) -> [UInt8] {
        var body: [UInt8] = []
        var i = 0
        while i < bytes.count {
            // "]]>" would end the CDATA section early.
            if i + 2 < bytes.count && bytes[i] == 0x5D && bytes[i + 1] == 0x5D && bytes[i + 2] == 0x3E {
                body += Array("]]]]><![CDATA[>".utf8)
                i += 3
                continue
            }
            body.append(bytes[i])
            i += 1
        }
        let cdata = Array("<![CDATA[".utf8) + body + Array("]]>".utf8)
        var feed = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item><title>".utf8)
        feed += cdata + Array("</title><link>https://fuzz.example/1</link><pubDate>Tue, 01 Oct 2024 15:27:00 +0700</pubDate><description>".utf8)
        feed += cdata + Array("</description></item><item><link>https://fuzz.example/2</link><content:encoded>".utf8)
        feed += cdata + Array("</content:encoded></item></channel></rss>".utf8)
        return feed
    }
}
