package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ActionData is how an Action travels in a button's data on the platforms
// whose buttons carry a little text back (Telegram's callback data,
// Discord's custom_id): a flag ('r' when the reply replaces the message
// pressed, 'n' when it comes as a new one), the signature of the flag and
// the command, and the command. The data holds the whole action, so any
// process of the bot can read a press, after a restart too; data whose
// signature is not the bot's is refused, so a press can only run a
// command one of the bot's own messages offered, and the command is read
// once more: one line of printable text, starting with a slash.
const (
	actionReplace = 'r'
	actionNew     = 'n'
	actionSigSize = 6 // 48 bits of HMAC-SHA256
)

// ActionSigLen is the length of the signature in action data.
var ActionSigLen = base64.RawURLEncoding.EncodedLen(actionSigSize)

// ActionExpired is the answer to a press whose data is not a button of
// the bot's.
const ActionExpired = "This button has expired."

// ActionKey signs action data. Derived from the bot's token, it makes the
// buttons of a bot work after a restart and on every replica, and no
// other bot's.
type ActionKey []byte

// NewActionKey derives the key of a bot from its token.
func NewActionKey(token string) ActionKey {
	k := sha256.Sum256([]byte("briefbot button data\x00" + token))
	return k[:]
}

func (k ActionKey) sign(flag byte, command string) string {
	m := hmac.New(sha256.New, k)
	m.Write([]byte{flag})
	m.Write([]byte(command))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:actionSigSize])
}

// Data is the button data of a, at most limit bytes; false when a's
// command is not one a button may carry or the data does not fit.
func (k ActionKey) Data(a Action, limit int) (string, bool) {
	flag := byte(actionNew)
	if a.Replace {
		flag = actionReplace
	}
	d := string(flag) + k.sign(flag, a.Command) + a.Command
	return d, len(d) <= limit && ButtonCommand(a.Command)
}

// Read reads button data of at most limit bytes back into its action (with
// no label): a command of the bot's, strictly. Anything else is refused.
func (k ActionKey) Read(data string, limit int) (Action, bool) {
	if len(data) > limit || len(data) < 1+ActionSigLen {
		return Action{}, false
	}
	flag, sig, command := data[0], data[1:1+ActionSigLen], data[1+ActionSigLen:]
	if flag != actionReplace && flag != actionNew || !hmac.Equal([]byte(sig), []byte(k.sign(flag, command))) || !ButtonCommand(command) {
		return Action{}, false
	}
	return Action{Command: command, Replace: flag == actionReplace}, true
}

// ButtonCommand reports whether a button may carry command: valid UTF-8,
// one line of printable characters, starting with a slash.
func ButtonCommand(command string) bool {
	if !strings.HasPrefix(command, "/") || !utf8.ValidString(command) {
		return false
	}
	for _, r := range command {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
