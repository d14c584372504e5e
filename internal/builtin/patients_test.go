package builtin

import (
	"strings"
	"testing"

	"github.com/faqtool/faq/faq"
)

// patientWordings are questions as patients type them to the built-in
// FAQ. An emergency wording must bring the urgent note, whatever entry it
// lands on or when it is refused; want, when set, names the entries that
// answer it ("a|b": either), or, for an emergency, head the suggestions.
// Every other wording must reach its entry and must not bring the note.
var patientWordings = []struct {
	query     string
	want      string
	emergency bool
}{
	// Emergencies: the note comes first, whatever the answer. Those with
	// no entry named land elsewhere or are refused today (ranking); the
	// note still reaches the reader.
	{"numb groin", "when-to-get-help", true},
	{"I can't control my bladder", "when-to-get-help", true},
	{"can't pee back pain", "when-to-get-help", true},
	{"sciatica in both legs", "when-to-get-help", true},
	{"when to go to the ER", "when-to-get-help", true},
	{"leg getting weaker fast", "", true},
	{"lost bladder control", "when-to-get-help", true},
	{"numbness in my groin and inner thighs", "when-to-get-help", true},
	{"can't feel when I'm peeing", "when-to-get-help", true},
	{"numb bum and leg pain", "", true},
	{"trouble getting an erection since my back went", "when-to-get-help", true},
	{"should I go to A&E with sciatica", "when-to-get-help", true},
	{"is sciatica an emergency", "when-to-get-help", true},
	{"pain down both legs and numb feet", "", true},
	{"lost control of my bowels", "when-to-get-help", true},
	{"cauda equina symptoms", "when-to-get-help", true},
	{"my foot is getting weaker", "", true},
	{"unable to pass urine and my back hurts", "when-to-get-help", true},
	{"sciatca in both leggs", "when-to-get-help", true},
	{"saddle numbness", "when-to-get-help", true},
	// The clinical review's wordings: bladder and bowel.
	{"I peed myself", "", true},
	{"I wet the bed last night with back pain", "", true},
	{"I haven't peed all day and my back hurts", "", true},
	{"urinary retention", "", true},
	{"I'm dribbling urine", "", true},
	{"I can't pass water", "", true},
	{"I have to strain to pee", "", true},
	{"peeing is hard since my back went", "", true},
	{"my stream is weak since my back pain", "", true},
	{"I wet myself", "", true},
	{"I keep wetting myself since my back went", "", true},
	{"I pooed myself", "", true},
	{"I soiled myself", "", true},
	{"I peed my pants", "", true},
	{"I pooped my pants with back pain", "", true},
	{"I can't hold my poo", "", true},
	{"I didn't know I'd had a bowel movement", "", true},
	// Saddle area and sex.
	{"numbness between my legs", "", true},
	{"numb between legs", "", true},
	{"pins and needles between my legs", "", true},
	{"tingling between my legs", "", true},
	{"my privates are numb", "", true},
	{"numb privates", "", true},
	{"I can't feel my vagina", "", true},
	{"can't feel my penis", "", true},
	{"I can't feel my back passage", "", true},
	{"loss of sensation in groin", "", true},
	{"lost feeling in my bum", "", true},
	{"no feeling in my buttocks", "", true},
	{"I can't feel the toilet paper when I wipe", "", true},
	{"back pain and cant feel the loo roll when i wipe", "", true},
	{"pain in lower back and pins and needles in my private area", "", true},
	{"can't tell when i need a wee", "", true},
	{"i'm struggling to start peeing", "", true},
	{"can't feel the toilet roll", "", true},
	{"I'm numb down there", "", true},
	{"numbness down there and sciatica", "", true},
	{"tingling down there", "", true},
	{"no feeling down there since yesterday", "", true},
	{"I can't feel down there", "", true},
	{"my groin feels dead", "", true},
	{"saddle paraesthesia", "", true},
	{"I've lost sensation during sex", "", true},
	{"sex feels different since my back pain", "", true},
	// Legs.
	{"bilateral leg pain", "", true},
	{"sciatica in my left and right leg", "", true},
	{"I suddenly can't move my leg", "", true},
	{"I can't walk", "", true},
	{"I can't feel my legs", "", true},
	{"my legs won't work", "", true},
	{"foot drop getting worse", "", true},
	{"my foot is dragging and getting worse", "", true},
	{"I keep falling because my leg is weak", "", true},
	{"CES symptoms", "", true},
	// Other red flags: the note sends them to a doctor the same day.
	{"back pain with history of breast cancer", "", true},
	{"I've had prostate cancer and now my legs are weak", "", true},
	{"I inject drugs and have back pain", "", true},
	{"back pain in pregnancy with fever", "", true},
	{"I have HIV and back pain", "", true},
	{"I'm having chemotherapy and my back hurts", "", true},
	{"back pain and a weakened immune system", "", true},

	// Everyday questions: the right entry, and no alarm.
	{"will sciatica go away on its own", "sciatica-go-away", false},
	{"how long does sciatica last", "sciatica-go-away", false},
	{"can sciatica come back", "sciatica-go-away", false},
	{"should I rest", "sciatica-rest", false},
	{"bed rest for sciatica", "sciatica-rest", false},
	{"should I keep working with sciatica", "sciatica-rest", false},
	{"is walking good for sciatica", "sciatica-exercises", false},
	{"stretches for sciatica", "sciatica-exercises", false},
	{"how much ibuprofen should I take", "pinched-s1-medications", false},
	{"is gabapentin good for sciatica", "pinched-s1-medications", false},
	{"paracetamol or ibuprofen for sciatica", "pinched-s1-medications", false},
	{"will the numbness go away", "sciatica-numbness-recovery", false},
	{"is the numbness in my foot permanent", "sciatica-numbness-recovery", false},
	{"my leg is weak will it get stronger", "sciatica-numbness-recovery", false},
	{"do I need an MRI for sciatica", "sciatica-imaging", false},
	{"why won't my doctor give me a scan", "sciatica-imaging", false},
	{"is surgery worth it for a herniated disc", "sciatica-surgery", false},
	{"microdiscectomy recovery time", "sciatica-surgery|l5-s1-healing-time", false},
	{"best sleeping position for sciatica", "sciatica-daily-life", false},
	{"can I drive with sciatica", "sciatica-daily-life", false},
	{"sciatica while pregnant", "sciatica-pregnancy", false},
	{"is it pelvic girdle pain or sciatica", "sciatica-pregnancy", false},
	{"what are the red flags for back pain", "when-to-get-help", false},
	{"does an epidural work for sciatica", "pinched-s1-steroid-injection", false},
	{"can si joint pain spread to the groin", "si-joint-pain-location", false},
	{"does sitting on a bike saddle make sciatica worse", "", false},
	{"pain in my bum when I sit", "", false},
	{"can't sleep because of sciatica", "", false},
	// Questions the review found refused, answered through the FAQ's
	// synonyms and alternative wordings.
	{"can I take co-codamol for sciatica", "pinched-s1-medications", false},
	{"is tramadol good for sciatica", "pinched-s1-medications", false},
	{"is codeine ok for sciatica", "pinched-s1-medications", false},
	{"should I see a chiropractor", "l5-s1-pain-relief", false},
	{"is a chiropractor safe for sciatica", "l5-s1-pain-relief", false},
	// The third clinical review's wordings: pins and needles, changed
	// feeling, pads; other A&E and same-day signs.
	{"pins and needles in my buttocks", "", true},
	{"tingling in my bottom when I sit", "", true},
	{"my pee feels different", "", true},
	{"I need pads now", "", true},
	{"back pain and chest pain", "", true},
	{"I had a fall and now my back hurts", "when-to-get-help", true},
	{"fever and a stiff neck with sciatica", "", true},
	{"I fell from a ladder", "", true},
	{"fell on the stairs and now my back hurts", "", true},
	{"my back hurts since I fell", "", true},
	{"I fell and hurt my back", "", true},
	{"my chest hurts and my back hurts", "", true},
	{"back pain pregnancy contractions", "sciatica-pregnancy", false},
	// Ordinary questions that share a word with a sign: no alarm.
	{"will losing weight help my sciatica", "", false},
	{"does weight loss help sciatica", "", false},
	{"should I take steroids for sciatica", "", false},
	{"how long does the wound take to heal after microdiscectomy", "", false},
	{"sciatica and a stiff neck", "", false},
	{"I fell asleep on the sofa and my back hurts", "", false},
	{"does sitting make sciatica worse", "sciatica-daily-life", false},
	{"what causes sciatica", "pinched-s1-causes", false},
	{"can sciatica be cured", "sciatica-go-away", false},
	// "location" once read as "locate", a synonym of "find": the MRI
	// entry's "find" answered it.
	{"si joint pain location", "si-joint-pain-location", false},
	{"s1 nerve location", "s1-nerve-vs-sciatica", false},
	{"I lost weight and my sciatica got better", "", false},
	{"my foot is numb", "", false},
	{"my leg is numb", "", false},
	{"how long does leg numbness last", "", false},
	{"tingling in my leg", "", false},
	{"pins and needles in my leg", "", false},
	{"I peed a lot today", "", false},
	{"is it normal to poo less with sciatica painkillers", "", false},
	{"my toes are numb", "", false},
	{"my foot feels dead", "", false},
	{"my leg feels weak", "", false},
	{"can't get to sleep", "", false},
	{"is wet heat better than dry heat", "", false},
	{"cold and wet weather makes my back worse", "", false},
	{"the numb feeling goes all the way down to my foot", "", false},
	{"does the nerve run down there to the foot", "", false},
	{"how often should I pee", "", false},
	{"does sciatica make you pee more", "", false},
	{"are steroid tablets good for sciatica", "", false},
	{"does a steroid injection help sciatica", "", false},
	{"is it safe to have sex with sciatica", "", false},
}

func TestDefaultPatientWordings(t *testing.T) {
	ix, err := Index()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range patientWordings {
		t.Run(tt.query, func(t *testing.T) {
			ws := ix.Warnings(tt.query)
			switch {
			case tt.emergency && len(ws) == 0:
				t.Errorf("no urgent note for an emergency")
			case tt.emergency && (ws[0].Entry == nil || ws[0].Entry.ID != "when-to-get-help" || ws[0].Note == ""):
				t.Errorf("urgent warning %+v, want the note and when-to-get-help", ws[0])
			case !tt.emergency && len(ws) > 0:
				t.Errorf("urgent note called by %q for an everyday question", ws[0].Sign)
			}
			if tt.want == "" {
				return
			}
			res := ix.Search(tt.query, faq.Options{})
			got := "nothing"
			// An emergency's note comes first either way: its entry
			// may be the answer or head the suggestions.
			if res.Confident || tt.emergency && len(res.Matches) > 0 {
				got = res.Matches[0].Entry.ID
			}
			if !strings.Contains("|"+tt.want+"|", "|"+got+"|") {
				t.Errorf("answered by %s, want %s", got, tt.want)
			}
		})
	}
}
