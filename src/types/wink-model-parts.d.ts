// The files of wink's English model that src/nlp/model.ts imports: loaders of the model's parts
// and its feature functions, typed as wink-nlp reads them (the package ships no types for them).
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
