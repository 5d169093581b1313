import { acronymCountedAsThing, namesAProduct, personNamesAWeapon } from '../../../../src/core/extract/productNames';
import { itAnswersPerName, type NameCase } from './tokenSpan';

describe('namesAProduct', () => {
  // [sentence, the name as tagged, whether it names a product]
  const cases: NameCase[] = [
    ['Norway will send eight German-made Leopard 2 battle tanks to Ukraine.', 'Leopard', true],
    ['The delivery of Leopard 1 and Leopard 2 battle tanks came too late.', 'Leopard', true],
    ['Mohajer 6 unmanned aerial vehicles were used in the attacks.', 'Mohajer', true],
    ['It is the reporting name for the Sukhoi Su-27 fighter aircraft.', 'Sukhoi Su-27', true],
    ['Dutch F-35s escorted two Su-27 fighters.', 'Dutch', false],
    ['a Russian IL-20M Coot-A that was escorted by two Su-27 Flankers.', 'Flankers', true],
    ['a Russian IL-20M Coot-A that was escorted by two Su-27 Flankers.', 'Russian', false],
    // Without a model number the name owns the machines.
    ['NATO fighter jets escorted the formation.', 'NATO', false],
    ['Wagner fighters advanced on Bakhmut.', 'Wagner', false],
    // A number that is not followed by a machine: a score, a station.
    ['Manchester United 2 Chelsea 1 in the late game.', 'Manchester United', false],
    ['He told BBC Radio 4 that the tanks would come.', 'BBC Radio', false],
    // A ship's name after its vessel noun, with a rank the tagger left out.
    ['The aircraft carrier Carl Vinson sailed for the Gulf.', 'Carl Vinson', true],
    ['The Russian frigate Admiral Kasatonov left port.', 'Kasatonov', true],
    ['The Russian frigate Admiral Kasatonov left port.', 'Admiral Kasatonov', true],
    ['Admiral Kasatonov inspected the frigate.', 'Kasatonov', false],
    ['The ship left Odesa for Istanbul.', 'Odesa', false],
  ];
  itAnswersPerName(namesAProduct, cases);
});

describe('personNamesAWeapon', () => {
  // [sentence, the name as tagged a person, whether it is a weapon's model]
  const cases: NameCase[] = [
    ['The frigate is believed to be armed with Zircon hypersonic weapons.', 'Zircon', true],
    ['Russia fired Kinzhal missiles at Kyiv overnight.', 'Kinzhal', true],
    // People do stand before people and before what they said.
    ['Kadyrov fighters entered the city.', 'Kadyrov', false],
    ['Shoigu said the missiles were ready.', 'Shoigu', false],
    ['Reznikov thanked the allies for the tanks.', 'Reznikov', false],
    // Two words: a full name does not name a model.
    ['Sergei Shoigu missiles is not a phrase anyone writes.', 'Sergei Shoigu', false],
  ];
  itAnswersPerName(personNamesAWeapon, cases);
});

describe('acronymCountedAsThing', () => {
  const cases: NameCase[] = [
    ['the commander fires an RPG towards Russian positions', 'RPG', true],
    ['An MP said the vote would be close.', 'MP', false], // `An`, capitalised, starts the sentence: no article the rule reads
    ['The bill passed, an MP said.', 'MP', false], // a verb after it: the rule reads prepositions and punctuation only
    ['He was hit by an IED.', 'IED', true],
    // A modifier: the organisation is named.
    ['a UN official said', 'UN', false],
    ['an IRA bomb exploded', 'IRA', false],
    // Not an acronym, or not counted.
    ['a Reuters reporter', 'Reuters', false],
    ['the RPG fired towards them', 'RPG', false],
  ];
  itAnswersPerName(acronymCountedAsThing, cases);
});
