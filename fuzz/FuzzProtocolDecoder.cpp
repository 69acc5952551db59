// The server's request decoders and the client's response decoders over arbitrary bodies: strict
// validation must reject or accept without crashing, and whatever it accepts must encode and decode
// back to the same JSON (so client and server cannot disagree about a message).
#include "JsonInput.h"
#include "LoginMessages.h"
#include "PullMessages.h"
#include "PushMessages.h"

#include <cstdint>
#include <cstdlib>

namespace {

template <typename Message> void roundTrip(const QJsonObject& object)
{
    auto decoded = Message::fromJson(object);
    if (!decoded.ok())
        return;
    const QJsonObject encoded = decoded.value().toJson();
    auto again = Message::fromJson(encoded);
    if (!again.ok() || again.value().toJson() != encoded)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    auto object = ll::parseJsonObject(body, 1 << 20);
    if (!object.ok())
        return 0;
    roundTrip<ll::PushRequest>(object.value());
    roundTrip<ll::PushResponse>(object.value());
    roundTrip<ll::PullResponse>(object.value());
    roundTrip<ll::LoginRequest>(object.value());
    roundTrip<ll::LoginResponse>(object.value());
    return 0;
}
