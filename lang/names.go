package lang

// Particles are the words of names that other languages write between a
// name's capitalised words and that English and French text keeps as
// written: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio
// Lula da Silva".
var Particles = set(`van von der den bin ben al el da di del dos y`)
