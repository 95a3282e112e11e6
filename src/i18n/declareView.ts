/** Words of the 申报 view. */
export const declarePlaceholder = '申报助手正在建设中。';
