// The vectors Crisp accepts but then drops or garbles (the notes' "passed on" column): the
// development build refuses them, each for the reason given. Shared by the tests that run the
// vectors through refusalOf and through the whole kit.
import type { CrispVector } from '../../testing/test/vectors/crisp-validators';

export const vectorName = (vector: CrispVector): string => `${vector.table}: ${vector.source}`;

/** Accepted by Crisp, refused in development, and why (from the notes' "passed on" column). */
export const JUNK: Readonly<Record<string, string>> = {
  "email signature: ['0123456789abcdef'.repeat(4)]": 'a signature in an array is passed on as the array',
  "user:company: ['Acme', {employment:['','Eng']}]": 'employment without a title is dropped, role and all',
  "user:company: ['Acme', {employment:'CTO'}]": 'a string is split into letters (title C, role T)',
  "user:company: ['Acme', {employment:{title:'CTO',role:'Eng'}}]": 'the object form is dropped',
  "user:company: ['Acme', {geolocation:['','Paris']}]": 'geolocation without a country is dropped, city and all',
  "user:company: ['Acme', {geolocation:'FR'}]": 'a string is split into letters (country F, city R)',
  "user:company: ['Acme', {geolocation:{country:'FR',city:'Paris'}}]": 'the object form is dropped',
  "user:company: ['Acme', {unknown:1}]": 'an unknown detail is dropped',
  "user:company: ['Acme', 'x']": 'details that are not an object are ignored',
  'user:company: [5]': 'a company name that is not text',
  'user:company: [true]': 'a company name that is not text',
  "user:company: [{name:'Acme'}]": 'a company name that is not text',
  "user:company: [['Acme']]": 'a company name that is not text',
  'session:data keys: null': 'a key that is not a string is stored as its text ("null")',
  'session:data keys: undefined': 'a key that is not a string is stored as its text ("undefined")',
  'session:data keys: 1': 'a key that is not a string is stored as its text',
  'session:data keys: true': 'a key that is not a string is stored as its text',
  'session:data values: NaN': 'NaN arrives as null',
  'session:data values: Infinity': 'Infinity arrives as null',
  'session:segments: [[5]]': 'a segment that is not a string slips through unchecked',
  "session:segments: [['vip', 5]]": 'a segment that is not a string slips through unchecked',
  'session:segments: [[true]]': 'a segment that is not a string slips through unchecked',
  "session:segments: [[['vip']]]": 'a segment that is not a string slips through unchecked',
  'session:segments: [[{}]]': 'a segment that is not a string slips through unchecked',
  "session:segments: [['vip',{}]]": 'a segment that is not a string slips through unchecked',
  "session:segments: [['vip'], 'yes']": 'an overwrite flag that is not a boolean is passed on as is',
  "session:segments: [['vip'], 1]": 'an overwrite flag that is not a boolean is passed on as is',
  "session:segments: [['vip'], null]": 'an overwrite flag that is not a boolean is passed on as is',
  "session:event: [[['signup', {}, 'Blue']]]": 'not one of the ten event colours',
  "session:event: [[['signup', {}, 'BLUE']]]": 'not one of the ten event colours',
  "session:event: [[['signup', {}, '#ff0000']]]": 'not one of the ten event colours',
  "session:event: [[['signup', {}, 'teal']]]": 'not one of the ten event colours',
  "session:event: [[['signup', {}, '']]]": 'not one of the ten event colours',
  "session:event: [[['signup', {}, 5]]]": 'not one of the ten event colours',
  "session:event: [[['signup', []]]]": 'event data that is not an object is passed on as is',
  "session:event: [[['signup', [1]]]]": 'event data that is not an object is passed on as is',
  "session:event: [[['signup', 'str']]]": 'event data that is not an object is passed on as is',
  "session:event: [[['signup', 5]]]": 'event data that is not an object is passed on as is',
  "session:event: [[['signup', true]]]": 'event data that is not an object is passed on as is',
  "message:send: ['file',{name:5,url:5,type:5}]": 'file fields that are not text are sent as numbers',
  "message:send: ['audio',{url:'https://x/a.webm',type:'audio/webm',duration:'12'}]": 'a duration as text',
  "message:send: ['audio',{url:'u',type:'t',duration:-1}]": 'a negative duration',
  "message:send: ['picker',{id:'p1',text:'Pick',choices:'ab'}]": 'choices as a string',
  "message:send: ['picker',{id:'p1',text:'Pick',choices:[1]}]": 'a choice that is not { value, label }',
  "message:send: ['carousel',{text:'x',targets:[{title:'t',description:'d',actions:[{label:'l',url:'https://x'}]}]}]":
    'message:send sends no carousel',
  "message:send: ['carousel','x']": 'message:send sends no carousel',
  "message:send: ['unknown','x']": 'an unknown message type sends nothing',
  "message:send: ['TEXT','Hello']": 'an unknown message type sends nothing',
  "message:send: [null,'x']": 'an unknown message type sends nothing',
  "pipeline shapes: ['bogus','x',[]]": 'an unknown verb is ignored',
};

export const isJunk = (vector: CrispVector): boolean => vectorName(vector) in JUNK;
