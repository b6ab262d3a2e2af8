// Built-in copy: Hindi. Loaded only for readers whose locale asks for it (see ../copy.ts).
import type { Table } from '../copy.js';

const copy: Table = {
  heading: 'आपसे एक छोटा-सा अनुरोध',
  intro: 'लाखों लोग हमारी स्वतंत्र पत्रकारिता पर भरोसा करते हैं, और हम इसे सभी के लिए मुफ़्त रखते हैं। ' + 'आपका सहयोग, चाहे कितना भी छोटा हो, बहुत बड़ा फ़र्क़ लाता है।',
  ask: (frequency, smallest) =>
    ({
      'one-time': `आज सिर्फ़ ${smallest} से शुरू होने वाले एकमुश्त योगदान से हमारा साथ दें।`,
      monthly: `सिर्फ़ ${smallest} से शुरू करके हर महीने हमारा साथ दें।`,
      annual: `सिर्फ़ ${smallest} से शुरू करके हर साल हमारा साथ दें।`,
    })[frequency],
  frequencyGroup: 'कितनी बार',
  frequencies: { 'one-time': 'एक बार', monthly: 'मासिक', annual: 'वार्षिक' },
  amountGroup: 'राशि',
  cta: 'सहयोग करें',
  remindPrompt: 'आज सहयोग के लिए तैयार नहीं हैं?',
  remind: 'बाद में याद दिलाएँ',
  reminded: (date) => `धन्यवाद। हम आपको ${date} को याद दिलाएँगे।`,
  remindedHere: 'धन्यवाद। इस पेज पर हम आपसे दोबारा नहीं पूछेंगे।',
  close: 'बंद करें',
  goal: (raised, goal) => `${goal} के लक्ष्य में से ${raised} जुटाए गए`,
  other: 'अन्य राशि',
  amountLabel: (currency) => `आपकी राशि (${currency})`,
  notAmount: (example) => `कृपया कोई राशि दर्ज करें, जैसे ${example}।`,
  tooSmall: (min) => `न्यूनतम राशि ${min} है।`,
  tooLarge: (max) => `अधिकतम राशि ${max} है।`,
  compactHeading: 'हमारी पत्रकारिता पसंद आ रही है?',
  compactMessage: 'आप जैसे पाठकों की बदौलत यह सभी के लिए मुफ़्त है। कृपया हमारा साथ दें।',
  articlesRead: { one: 'आपने {days} {articles} लेख पढ़ा है', other: 'आपने {days} {articles} लेख पढ़े हैं' },
  lastDays: { one: 'पिछले {days} दिन में', other: 'पिछले {days} दिनों में' },
  gateHeading: 'आगे पढ़ने के लिए हमारा साथ दें',
  gateMessage: 'आप फ़िलहाल अपने मुफ़्त लेख पढ़ चुके हैं। हमारी पत्रकारिता आप जैसे पाठकों के सहयोग से चलती है।',
  freeLeft: (left, free) => `बचे हुए मुफ़्त लेख: ${free} में से ${left}`,
  signInPrompt: 'पहले से सहयोग कर रहे हैं?',
  signIn: 'साइन इन करें',
  pass: 'अभी नहीं',
  passed: 'इस बार यह लेख आपके लिए खुला है।',
  daysLeft: { one: '{days} दिन बाकी', other: '{days} दिन बाकी' },
  lastDay: 'आख़िरी दिन',
  alreadySupported: 'मैं पहले से सहयोगी हूँ',
  thanks: 'आपके सहयोग के लिए धन्यवाद। हम आपसे दोबारा नहीं पूछेंगे।',
};

export default copy;
