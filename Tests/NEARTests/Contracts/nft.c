/* A minimal NEP-171 token: owners under "o:<token_id>", nft_transfer with its NEP-297 event,
 * nft_token and nft_metadata. */
#include "near.h"

static bytes owner_key(bytes token_id) {
  builder key = start(token_id.len + 2);
  add_text(&key, "o:");
  add(&key, token_id);
  return built(&key);
}

EXPORT(nft_transfer) void nft_transfer(void) {
  assert_one_yocto();
  bytes args = read_input();
  bytes receiver = json_string(args, "receiver_id", 1);
  bytes token_id = json_string(args, "token_id", 1);
  bytes sender = predecessor();
  bytes key = owner_key(token_id);
  if (!storage_read(key.len, (u64)(u32)key.data, 1)) fail("Token not found");
  bytes owner = take_register(1);
  if (!same(owner, sender)) fail("Sender must be the token owner");
  if (same(owner, receiver)) fail("Current and next owner must differ");
  storage_write(key.len, (u64)(u32)key.data, receiver.len, (u64)(u32)receiver.data, 1);
  builder event = start(512);
  add_text(&event, "EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.0.0\",\"event\":\"nft_transfer\",\"data\":[{\"old_owner_id\":\"");
  add(&event, owner);
  add_text(&event, "\",\"new_owner_id\":\"");
  add(&event, receiver);
  add_text(&event, "\",\"token_ids\":[\"");
  add(&event, token_id);
  add_text(&event, "\"]}]}");
  log_bytes(built(&event));
}

EXPORT(nft_token) void nft_token(void) {
  bytes args = read_input();
  bytes token_id = json_string(args, "token_id", 1);
  bytes key = owner_key(token_id);
  if (!storage_read(key.len, (u64)(u32)key.data, 1)) {
    return_bytes(text("null"));
    return;
  }
  bytes owner = take_register(1);
  builder out = start(256);
  add_text(&out, "{\"token_id\":\"");
  add(&out, token_id);
  add_text(&out, "\",\"owner_id\":\"");
  add(&out, owner);
  add_text(&out, "\"}");
  return_bytes(built(&out));
}

EXPORT(nft_metadata) void nft_metadata(void) {
  return_bytes(text("{\"spec\":\"nft-1.0.0\",\"name\":\"Test Kittens\",\"symbol\":\"KIT\"}"));
}
