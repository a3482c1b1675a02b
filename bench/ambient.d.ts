// react-crisp ships no type declarations; the bench uses it as its README shows.
declare module 'react-crisp';
