// Package discordtest is a test kit for the Discord adapter: an httptest
// fake of Discord's REST API and gateway on loopback, good enough for the
// real discordgo client to connect, register commands, receive
// interactions and answer them. It records every call, fails calls when
// told to (429s, 403s, 404s, 500s), delays them through an injected
// function, and refuses what Discord refuses (messages over Discord's
// limits, a second answer to an interaction, an answer after 3 s), failing
// the test when that happens unless Options.AllowViolations is set. It is a
// normal package so that the tests of several packages share it; only
// tests import it.
//
// # Addresses
//
// URL returns the REST base, "http://127.0.0.1:PORT/api/v10". The fake
// serves the same paths under any /api/v<N>/ prefix, so a client that
// maps https://discord.com/api/v<N>/... onto the base works whatever
// version discordgo writes (v0.28.1 writes v9). All paths below are
// relative to that base:
//
//	GET    /gateway                                      {"url": GatewayURL()}; no token needed
//	GET    /gateway/bot                                  {"url", "shards": 1, "session_start_limit"}
//	GET    /users/@me                                    the bot's user
//	POST   /users/@me/channels                           {"recipient_id"} -> the user's DM channel (one per user)
//	GET    /channels/{channel}                           a known channel; 404 10003 if unknown, 403 50001 if the bot cannot view it
//	POST   /channels/{channel}/messages                  a message (id, channel_id, author = the bot); 403 50001/50013 by the bot's permissions
//	PATCH  /channels/{channel}/messages/{message}        edits one of the bot's messages in that channel; 404 10008 otherwise
//	PUT    /applications/{app}/commands                  bulk overwrite of the global commands; answers them with ids
//	PUT    /applications/{app}/guilds/{guild}/commands   the same for one guild the bot is in (403 50001 otherwise)
//	POST   /interactions/{interaction}/{token}/callback  the answer to an interaction; 204
//	POST   /webhooks/{app}/{token}                       a followup; 204, or the message with ?wait=true
//	GET    /webhooks/{app}/{token}/messages/{message}    {message} is @original or a followup's id
//	PATCH  /webhooks/{app}/{token}/messages/{message}    edits it
//	DELETE /webhooks/{app}/{token}/messages/{message}    deletes it; 204
//
// Anything else is 404 {"message": "404: Not Found", "code": 0}. Calls
// other than /gateway, /interactions and /webhooks need the header
// "Authorization: Bot " + Token, else 401 {"message": "401: Unauthorized",
// "code": 0}. A multipart body (files) is read through its payload_json.
// Successful answers carry no rate-limit headers, so the client never
// waits unless a test injects a 429.
//
// The gateway is GatewayURL(), "ws://127.0.0.1:PORT/gateway-ws" (also with
// a trailing slash and any query). It speaks JSON in text frames: HELLO
// (op 10), then for IDENTIFY (op 2) READY and one GUILD_CREATE per guild
// of Options.Guilds; it acknowledges heartbeats (op 1 -> op 11) and
// answers RESUME (op 6) with RESUMED, without replaying events. With
// Options.Compress and an IDENTIFY asking "compress", dispatches are sent
// as zlib-compressed binary frames, one zlib stream a frame. Errors close
// the socket as Discord does: 4004 for a wrong token, 4003 for a payload
// before IDENTIFY, 4005 for a second IDENTIFY, 4001 for an unknown op.
//
// Dispatch sends any event to the identified clients; AddGuild sends a
// GUILD_CREATE; DropGateway cuts the connections (discordgo then resumes);
// Identifies, Resumes, Gateway and WaitGateway tell what the gateway saw.
//
// # Interactions
//
// Command, Press and Autocomplete dispatch an INTERACTION_CREATE (guild
// interactions carry member{user, roles, permissions} and app_permissions
// computed from the guild's roles and the channel's overwrites; DMs carry
// user, in the user's DM channel); Interact dispatches any other. Each
// gets an id and a token; its callback is refused with 404 10062 when it
// comes more than 3 s after the dispatch (by Options.Now) and with 400
// 40060 when it is the second one, and a callback type the interaction
// does not take is a violation. Webhook calls need an acknowledged
// interaction (404 10015 before) and its token within 15 minutes (401
// 50027 after). @original is the answer's message (for a deferred answer,
// a placeholder flagged loading until edited) or, for a button, the
// message the button is on. A null field in an edit or update clears it,
// and discordgo's InteractionResponseData sends "components" and
// "embeds" as null when they are empty.
//
// With DeliverTo, interactions are posted to an HTTP interactions
// endpoint instead, signed with PublicKey's key as Discord signs them; the
// endpoint's response is recorded as the callback. Post sends any body,
// signed or forged.
//
// # Recording and faults
//
// Every REST call is recorded as a Call when answered (Calls, Took,
// WaitFor). Fail injects faults: per route (or AnyRoute), for the next n
// calls or every call: RateLimited and GlobalRateLimited answer 429 with
// {"message", "retry_after", "global"} and X-RateLimit-Limit, -Remaining,
// -Reset, -Reset-After, -Bucket, -Scope (-Global) and Retry-After;
// MissingPermissions (403 50013), MissingAccess (403 50001),
// UnknownChannel (404 10003), ServerError (500) and BadGateway (502).
// SetLatency runs a function before each answer, to advance a fake clock
// or, with Sleep, to wait in benchmarks; it should return when its
// context ends, as the fake's Close waits for calls under way.
//
// # Limits
//
// Messages created or edited (channel messages, interaction answers of
// type 4 and 7, followups, webhook edits) are checked against Discord's
// limits: content up to 2000 characters (Unicode code points), up to 10
// embeds, title 256, description 4096, 25 fields, field name 256 and value
// 1024 (both required), footer 2048, author name 256, 6000 characters of
// embed text in all; up to 5 action rows of up to 5 buttons (a select menu
// fills its row), custom_id up to 100 and unique in the message, labels
// up to 80, link buttons with a url and no custom_id; a new message must
// not be empty. Commands are checked too: up to 100 a scope, names of 1 to
// 32 lowercase letters, digits, - or _, unique; descriptions of 1 to 100
// characters; up to 25 options, required ones first, up to 25 choices.
// Autocomplete results carry up to 25 choices. A refusal answers 400
// {"code": 50035, "message": "Invalid Form Body", "errors": ...} (50006
// for an empty message) and is counted in Violations.
package discordtest
